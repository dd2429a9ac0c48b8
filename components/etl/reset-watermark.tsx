'use client';
// The admin's watermark reset: pick a date, read what the next run will
// re-read, confirm. The server refuses it while a run is in flight.
import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { api } from '@/lib/client/api';
import { TABLES, type MartTable } from '@/lib/etl/config';
import { addDays, limaDate } from '@/lib/etl/window';
import { useI18n } from '@/lib/i18n/client';
import { ActionNotice, type Outcome } from './action-notice';
import { useAction } from './use-action';

type Reset = { table: string; previous: string | null; watermark: string };

/** With `onOutcome` the caller shows the outcome (a table row has no room for it). */
export function ResetWatermark({ table, watermark, onOutcome }: { table: MartTable; watermark: string | null; onOutcome?: (o: Outcome) => void }) {
  const { t, fmt } = useI18n();
  const inputId = useId();
  const today = limaDate(new Date());
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(watermark ?? today);
  const [invalid, setInvalid] = useState(false);
  const { lookbackDays } = TABLES[table];
  const reset = useAction(
    (next: string) => api.put<Reset>(`/etl/watermarks/${table}`, { watermark: next }),
    (r) => ({ tone: 'success', text: t.etl.reset.done(table, r.previous ? fmt.date(r.previous) : t.etl.reset.none, fmt.date(r.watermark)) }),
  );
  useEffect(() => {
    if (reset.outcome) onOutcome?.(reset.outcome);
  }, [reset.outcome, onOutcome]);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= today;
  const confirm = () => {
    if (!valid) return setInvalid(true);
    setOpen(false);
    reset.run(date);
  };
  return (
    <div className="space-y-2">
      <Button role="admin" className="whitespace-nowrap" pending={reset.pending} onClick={() => { setDate(watermark ?? today); setInvalid(false); setOpen(true); }}>
        {t.etl.actions.reset}
      </Button>
      {!onOutcome && <ActionNotice outcome={reset.outcome} />}
      <ConfirmDialog open={open} title={t.etl.reset.title(table)} confirmLabel={t.etl.reset.confirm} onClose={() => setOpen(false)} onConfirm={confirm}>
        <div>
          <label htmlFor={inputId} className="block font-medium text-slate-800">{t.etl.reset.dateLabel}</label>
          <input
            id={inputId}
            type="date"
            value={date}
            max={today}
            required
            aria-describedby={`${inputId}-help`}
            aria-invalid={invalid && !valid}
            onChange={(e) => { setDate(e.target.value); setInvalid(false); }}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-sky-600"
          />
          <p id={`${inputId}-help`} className="mt-1 text-xs text-slate-500">{t.etl.reset.dateHelp(fmt.date(today))}</p>
        </div>
        {invalid && !valid && <p role="alert" className="text-rose-800">{t.etl.reset.invalid}</p>}
        {valid && (
          <>
            <p data-testid="reset-from-to">{t.etl.reset.from(watermark ? fmt.date(watermark) : t.etl.reset.none, fmt.date(date))}</p>
            <p>{t.etl.reset.nextRun(fmt.date(addDays(date, -lookbackDays)), lookbackDays)}</p>
          </>
        )}
        <p className="text-slate-500">{t.etl.reset.audited}</p>
      </ConfirmDialog>
    </div>
  );
}
