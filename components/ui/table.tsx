// Plain, accessible table primitives with the console's spacing.

export function Table({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    // Focusable, so a keyboard can scroll a table wider than the screen.
    <div className="overflow-x-auto" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, align = 'left' }: { children?: React.ReactNode; align?: 'left' | 'right' }) {
  return (
    <th scope="col" className={`border-b border-slate-200 px-3 py-2 text-xs font-medium uppercase tracking-wide text-slate-500 ${align === 'right' ? 'text-right' : ''}`}>
      {children}
    </th>
  );
}

export function Td({ children, align = 'left', mono = false }: { children?: React.ReactNode; align?: 'left' | 'right'; mono?: boolean }) {
  return (
    <td className={`border-b border-slate-100 px-3 py-2 align-top ${align === 'right' ? 'text-right tabular-nums' : ''} ${mono ? 'font-mono text-xs' : ''}`}>
      {children}
    </td>
  );
}
