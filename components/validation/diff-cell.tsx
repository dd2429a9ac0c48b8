'use client';
import { useI18n } from '@/lib/i18n/client';
import { exactDelta, formatSum } from './exact-number';

/** One value — amounts in soles, counts plain: the target's, or — when it differs — target, source and delta, highlighted. */
export function DiffCell({ source, target, differs }: { source: string; target: string; differs: boolean }) {
  const { locale, t } = useI18n();
  const d = t.validation.days;
  if (!differs) return <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-700">{formatSum(locale, target)}</td>;
  const delta = exactDelta(target, source);
  return (
    <td className="whitespace-nowrap bg-rose-50 px-3 py-2 text-right tabular-nums text-rose-900 ring-1 ring-inset ring-rose-300" data-differs="true">
      <span className="block font-semibold" title={d.target}>{formatSum(locale, target)}</span>
      <span className="block text-xs">{d.source} {formatSum(locale, source)}</span>
      <span className="block text-xs">{d.delta} {delta.startsWith('-') ? '' : '+'}{formatSum(locale, delta)}</span>
    </td>
  );
}
