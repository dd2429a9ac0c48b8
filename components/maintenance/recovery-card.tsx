'use client';
// Emergency recovery (admin): a dry run first, then a confirm that runs
// that plan; the runs it starts appear below, live.
import { useState } from 'react';
import { ActionNotice } from '@/components/etl/action-notice';
import { useAction } from '@/components/etl/use-action';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { api } from '@/lib/client/api';
import type { RecoveryPlan as Plan } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { RecoveryPlan } from './recovery-plan';
import { RecoveryRuns } from './recovery-runs';

type Answer = { dryRun: boolean; plan: Plan; jobId?: string | null };

export function RecoveryCard() {
  const { t } = useI18n();
  const r = t.maintenance.recovery;
  const [open, setOpen] = useState(false);
  const [since, setSince] = useState<string | null>(null);
  const dryRun = useAction(() => api.post<Answer>('/etl/recover', { dry_run: true }));
  const recover = useAction(() => api.post<Answer>('/etl/recover', { dry_run: false }));
  const plan = dryRun.data?.plan;
  return (
    <Card title={r.title} description={r.description}>
      <div className="flex flex-wrap items-start gap-3">
        <Button role="admin" pending={dryRun.pending} onClick={() => dryRun.run(undefined)}>{r.dryRun}</Button>
        <Button variant="danger" role="admin" disabled={!plan || recover.pending} pending={recover.pending} onClick={() => setOpen(true)}>
          {r.button}
        </Button>
        {!plan && <p className="self-center text-xs text-slate-500">{r.needsPlan}</p>}
      </div>
      <div className="mt-4 space-y-4">
        <ActionNotice outcome={dryRun.outcome} />
        {plan && (
          <div>
            <h3 className="text-sm font-medium text-slate-800">{r.plan}</h3>
            <div className="mt-1"><RecoveryPlan plan={plan} /></div>
          </div>
        )}
        <ActionNotice outcome={recover.outcome} />
        {recover.data && since && <RecoveryRuns jobId={recover.data.jobId ?? '—'} since={since} />}
      </div>
      <ConfirmDialog
        open={open} title={r.confirmTitle} confirmLabel={r.button}
        onClose={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          // A little before now: the server's clock may run behind this browser's.
          setSince(new Date(Date.now() - 10_000).toISOString());
          recover.run(undefined);
        }}
      >
        <p>{r.confirmBody}</p>
        {plan && <RecoveryPlan plan={plan} />}
      </ConfirmDialog>
    </Card>
  );
}
