'use client';
// Which table and how many days: both in the URL, so a validation can be shared.
import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { MART_TABLES } from '@/lib/etl/config';

export const DAY_OPTIONS = [7, 14, 30, 60, 90];
const select = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600';

export function ValidationControls({ table, days, children }: { table: string | null; days: number; children?: React.ReactNode }) {
  const { t } = useI18n();
  const c = t.validation.controls;
  const router = useRouter();
  const id = useId();
  const go = (nextTable: string | null, nextDays: number) =>
    router.push(`/validation${nextTable ? `/${nextTable}` : ''}?days=${nextDays}`, { scroll: false });
  const options = DAY_OPTIONS.includes(days) ? DAY_OPTIONS : [...DAY_OPTIONS, days].sort((a, b) => a - b);
  return (
    <div className="flex flex-wrap items-end gap-4">
      {table !== null && (
        <span className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          <label htmlFor={`${id}-table`}>{c.table}</label>
          <select id={`${id}-table`} className={select} value={table} onChange={(e) => go(e.target.value, days)}>
            {MART_TABLES.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </span>
      )}
      <span className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        <label htmlFor={`${id}-days`}>{c.days}</label>
        <select id={`${id}-days`} className={select} value={days} onChange={(e) => go(table, Number(e.target.value))}>
          {options.map((n) => <option key={n} value={n}>{c.daysOption(n)}</option>)}
        </select>
      </span>
      {children}
    </div>
  );
}
