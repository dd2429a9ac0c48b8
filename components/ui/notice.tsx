// The result of an action, or why something could not load: said in words,
// announced to screen readers.
const TONES = {
  success: 'bg-emerald-50 text-emerald-900 ring-emerald-600/20',
  error: 'bg-rose-50 text-rose-900 ring-rose-600/20',
  info: 'bg-sky-50 text-sky-900 ring-sky-600/20',
  warning: 'bg-amber-50 text-amber-900 ring-amber-600/20',
} as const;

export function Notice({ tone, title, children }: { tone: keyof typeof TONES; title?: string; children?: React.ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-lg px-4 py-3 text-sm ring-1 ring-inset ${TONES[tone]}`}>
      {title && <p className="font-medium">{title}</p>}
      {children && <div className={title ? 'mt-1' : ''}>{children}</div>}
    </div>
  );
}
