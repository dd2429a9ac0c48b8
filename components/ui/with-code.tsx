// A sentence whose `backticked` parts are commands or settings, shown as code.
export function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, i) =>
        /^`[^`]+`$/.test(part)
          ? <code key={i} className="rounded bg-slate-900/5 px-1 py-0.5 font-mono text-[0.85em]">{part.slice(1, -1)}</code>
          : part,
      )}
    </>
  );
}
