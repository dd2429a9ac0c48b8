'use client';
// Every day of the window, one row: its state, then rows and each summed
// column — a differing cell in red with the target, the source and the delta.
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/lib/i18n/client';
import type { DayReconciliation } from '@/lib/etl/validate';
import { DiffCell } from './diff-cell';
import { dayState, type DayState } from './use-validation';

const TONE = { ok: 'green', differs: 'red', empty: 'gray' } as const;
const th = 'border-b border-slate-200 px-3 py-2 text-xs font-medium tracking-wide text-slate-500 whitespace-nowrap';
const sticky = 'sticky left-0 z-10 bg-white';

export function ReconciliationTable({ table, days }: { table: string; days: DayReconciliation[] }) {
  const { t, fmt } = useI18n();
  const d = t.validation.days;
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const columns = Object.keys(days[0]?.source.sums ?? {});
  const states = days.map(dayState);
  const count = (s: DayState) => states.filter((x) => x === s).length;
  const shown = days.toReversed().filter((day) => !onlyDiffering || day.differences.length > 0);
  const label = (s: DayState, day: DayReconciliation) => (s === 'differs' ? d.states.differs(day.differences.length) : d.states[s]);
  return (
    <Card title={d.title} description={d.description} actions={
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={onlyDiffering} onChange={(e) => setOnlyDiffering(e.target.checked)} className="size-4 accent-sky-700" />
        {d.onlyDiffering}
      </label>
    }>
      <p className="mb-3 text-sm text-slate-600" data-testid="days-summary">{d.summary(count('ok'), count('differs'), count('empty'))} · {d.cellHelp}</p>
      <div role="region" aria-label={d.caption(table, days.length)} tabIndex={0} className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{d.caption(table, days.length)}</caption>
          <thead className="sticky top-0 z-20 bg-slate-50">
            <tr>
              <th scope="col" className={`${th} ${sticky} bg-slate-50`}>{d.day}</th>
              <th scope="col" className={th}>{d.state}</th>
              <th scope="col" className={`${th} text-right`}>{d.rows}</th>
              {columns.map((c) => <th key={c} scope="col" className={`${th} text-right font-mono normal-case`}>{c}</th>)}
            </tr>
          </thead>
          <tbody>
            {shown.map((day) => {
              const state = dayState(day);
              return (
                <tr key={day.date} data-testid={`day-${day.date}`} data-state={state} className="border-b border-slate-100">
                  <th scope="row" className={`${sticky} whitespace-nowrap px-3 py-2 font-medium text-slate-800`}>{fmt.date(day.date)}</th>
                  <td className="px-3 py-2"><Badge tone={TONE[state]}>{label(state, day)}</Badge></td>
                  <DiffCell source={String(day.source.rows)} target={String(day.target.rows)} differs={day.differences.includes('rows')} />
                  {columns.map((c) => (
                    <DiffCell key={c} source={day.source.sums[c]} target={day.target.sums[c]} differs={day.differences.includes(c)} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
