const TONES = {
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  amber: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  blue: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  red: 'bg-rose-50 text-rose-800 ring-rose-600/20',
  gray: 'bg-slate-100 text-slate-700 ring-slate-500/20',
} as const;

export type Tone = keyof typeof TONES;

export function Badge({ tone = 'gray', children, ...rest }: { tone?: Tone; children: React.ReactNode } & React.HTMLAttributes<HTMLSpanElement>) {
  return (
    <span
      {...rest}
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
