'use client';
// Apply every pending migration, or roll back the last one — admin only, each
// after a confirmation that says exactly what will run. The page re-reads the
// status afterwards; the result (or the server's refusal) stays in words.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { describeError } from '@/components/ui/query-state';
import { api, ApiClientError } from '@/lib/client/api';
import type { MigrationPlan } from '@/lib/db/queries/migration-plan';
import { useI18n } from '@/lib/i18n/client';
import { ActionResult, type Outcome } from '@/components/ui/action-result';
import { RollbackDetails } from './rollback-details';

export function MigrationActions({ plan }: { plan: MigrationPlan }) {
  const { t } = useI18n();
  const m = t.database.migrations;
  const router = useRouter();
  const [open, setOpen] = useState<'apply' | 'rollback' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fail = (title: string) => (error: unknown) => setOutcome({
    tone: 'error', title, text: describeError(error, t.common.errors),
    fix: error instanceof ApiClientError ? (error.details as { fix?: string } | undefined)?.fix : undefined,
  });
  const done = () => { setOpen(null); router.refresh(); };
  const apply = useMutation({
    mutationFn: () => api.post<{ applied: string[] }>('/db/migrations/apply'),
    onSuccess: ({ applied }) => setOutcome({ tone: 'success', text: applied.length ? m.applied(applied.join(', ')) : m.upToDate }),
    onError: fail(m.applyError),
    onSettled: done,
  });
  const rollback = useMutation({
    mutationFn: () => api.post<{ rolledBack: string }>('/db/migrations/rollback'),
    onSuccess: ({ rolledBack }) => setOutcome({ tone: 'success', text: m.rolledBack(rolledBack) }),
    onError: fail(m.rollbackError),
    onSettled: done,
  });
  const last = plan.rollback;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <Button variant="primary" role="admin" disabled={plan.apply.length === 0} pending={apply.isPending}
          title={plan.apply.length === 0 ? m.nothingPending : undefined} onClick={() => setOpen('apply')}>
          {m.apply(plan.apply.length)}
        </Button>
        <Button variant="danger" role="admin" disabled={!last} pending={rollback.isPending}
          title={last ? undefined : m.nothingApplied} onClick={() => setOpen('rollback')}>
          {last ? m.rollback(last.tag) : m.rollback('—')}
        </Button>
        {plan.apply.length === 0 && <p className="self-center text-sm text-slate-500">{m.nothingPending}</p>}
      </div>
      {outcome && <ActionResult outcome={outcome} fixLabel={m.fix} />}
      <ConfirmDialog open={open === 'apply'} title={m.applyTitle(plan.apply.length)} confirmLabel={m.applyConfirm} variant="primary"
        pending={apply.isPending} onConfirm={() => apply.mutate()} onClose={() => setOpen(null)}>
        <p>{m.applyBody}</p>
        <ol className="list-decimal pl-5 font-mono text-xs">
          {plan.apply.map((a) => <li key={a.tag}>{a.tag} <span className="font-sans text-slate-500">({m.statements(a.statements)})</span></li>)}
        </ol>
        <p>{m.applyFailure}</p>
      </ConfirmDialog>
      {last && (
        <ConfirmDialog open={open === 'rollback'} title={m.rollbackTitle(last.tag)} confirmLabel={m.rollbackConfirm}
          pending={rollback.isPending} onConfirm={() => rollback.mutate()} onClose={() => setOpen(null)}>
          <RollbackDetails plan={last} />
        </ConfirmDialog>
      )}
    </div>
  );
}
