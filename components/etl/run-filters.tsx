'use client';
// The log's filters, kept in the URL so a reload or a shared link keeps them.
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useUrlState } from '@/lib/client/url-state';
import { MART_TABLES } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';

export const FILTER_KEYS = ['table', 'status', 'mode', 'trigger', 'from', 'to'] as const;
const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-600';

export function RunFilters() {
  const { t } = useI18n();
  const id = useId();
  const { params, change } = useUrlState();
  const set = (key: string, value: string) => change((next) => {
    if (value) next.set(key, value);
    else next.delete(key);
  });
  const f = t.etl.fields;
  const choices: [key: string, label: string, options: Record<string, string>, all: string][] = [
    ['table', f.table, Object.fromEntries(MART_TABLES.map((m) => [m, m])), t.runs.log.allTables],
    ['status', f.status, t.common.runStatus, t.runs.log.all],
    ['mode', f.mode, t.common.mode, t.runs.log.all],
    ['trigger', f.trigger, t.common.trigger, t.runs.log.all],
  ];
  const clear = (
    <Button onClick={() => change((next) => FILTER_KEYS.forEach((k) => next.delete(k)))} disabled={!FILTER_KEYS.some((k) => params.get(k))}>
      {t.runs.log.clear}
    </Button>
  );
  return (
    <Card title={t.runs.log.filters} actions={clear}>
      <form role="search" aria-label={t.runs.log.filters} onSubmit={(e) => e.preventDefault()} className="grid grid-cols-3 gap-3 lg:grid-cols-6">
        {choices.map(([key, label, options, all]) => (
          <div key={key}>
            <label htmlFor={`${id}-${key}`} className="text-xs font-medium text-slate-600">{label}</label>
            <select id={`${id}-${key}`} value={params.get(key) ?? ''} onChange={(e) => set(key, e.target.value)} className={field}>
              <option value="">{all}</option>
              {Object.entries(options).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
            </select>
          </div>
        ))}
        {(['from', 'to'] as const).map((key) => (
          <div key={key}>
            <label htmlFor={`${id}-${key}`} className="text-xs font-medium text-slate-600">{t.runs.log[key]}</label>
            <input id={`${id}-${key}`} type="date" value={params.get(key) ?? ''} onChange={(e) => set(key, e.target.value)} className={field} />
          </div>
        ))}
      </form>
    </Card>
  );
}
