'use client';
// Cleanup (admin): a dry run first — which runs it would fail, which staging
// tables it would drop — then a confirm that repeats it, then what it did.
import { useId, useState } from 'react';
import { ActionNotice } from '@/components/etl/action-notice';
import { useAction } from '@/components/etl/use-action';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { api } from '@/lib/client/api';
import type { CleanupResult } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { CleanupReport } from './cleanup-report';

const DEFAULT_MINUTES = 5;

export function CleanupCard() {
  const { t } = useI18n();
  const c = t.maintenance.cleanup;
  const id = useId();
  const [minutes, setMinutes] = useState('');
  const [open, setOpen] = useState(false);
  const request = (dryRun: boolean) => (staleMinutes: number | undefined) =>
    api.post<CleanupResult>('/etl/cleanup', { dry_run: dryRun, ...(staleMinutes === undefined ? {} : { stale_minutes: staleMinutes }) });
  const preview = useAction(request(true));
  const cleanup = useAction(request(false));
  const chosen = minutes.trim() === '' ? undefined : Number(minutes);
  // A preview answers for the minutes it was asked with; another value needs another look.
  const plan = preview.data && !preview.pending && preview.variables === chosen ? preview.data : null;
  return (
    <Card title={c.title} description={c.description}>
      <p className="text-sm text-slate-700">{c.what}</p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">{c.staleLabel}</label>
          <input
            id={id} type="number" min={1} step={1} inputMode="numeric" placeholder={String(DEFAULT_MINUTES)}
            value={minutes} onChange={(e) => setMinutes(e.target.value)} aria-describedby={`${id}-help`}
            className="mt-1 w-32 rounded-md border border-slate-300 px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-600"
          />
        </div>
        <Button role="admin" pending={preview.pending} onClick={() => preview.run(chosen)}>{c.dryRun}</Button>
        <Button variant="danger" role="admin" disabled={!plan} pending={cleanup.pending} onClick={() => setOpen(true)}>{c.button}</Button>
        {!plan && <p className="self-center text-xs text-slate-500">{c.needsPlan}</p>}
      </div>
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">{c.staleHelp}</p>
      <div className="mt-4 space-y-3">
        <ActionNotice outcome={preview.outcome} />
        {plan && !cleanup.data && <CleanupReport report={plan} />}
        <ActionNotice outcome={cleanup.outcome} />
        {cleanup.data && !cleanup.pending && <CleanupReport report={cleanup.data} />}
      </div>
      <ConfirmDialog
        open={open} title={c.confirmTitle} confirmLabel={c.button}
        onClose={() => setOpen(false)}
        onConfirm={() => { setOpen(false); preview.reset(); cleanup.run(chosen); }}
      >
        <p>{c.confirmBody(chosen ?? DEFAULT_MINUTES)}</p>
        {plan && <CleanupReport report={plan} />}
      </ConfirmDialog>
    </Card>
  );
}
