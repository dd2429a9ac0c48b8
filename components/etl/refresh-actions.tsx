'use client';
// One table's buttons (operator+): refresh, force, full refresh (asks first)
// and cancel the run in flight; each says what happened.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { api, ApiClientError, query } from '@/lib/client/api';
import type { RefreshResult, Run } from '@/lib/client/etl';
import { TABLES, type MartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { ActionNotice } from './action-notice';
import { CancelButton, useCancelRun } from './cancel-run';
import { useAction } from './use-action';

type Kind = 'refresh' | 'force' | 'full';
const REQUEST: Record<Kind, { force: boolean; mode: string }> = {
  refresh: { force: false, mode: 'incremental' },
  force: { force: true, mode: 'incremental' },
  full: { force: true, mode: 'full_refresh' },
};

export function RefreshActions({ table, activeRun }: { table: MartTable; activeRun: Run | null }) {
  const { t } = useI18n();
  const [confirmFull, setConfirmFull] = useState(false);
  const [last, setLast] = useState<'refresh' | 'cancel'>('refresh');
  const refresh = useAction(
    (kind: Kind) => api.post<RefreshResult>(`/etl/refresh/table/${table}${query(REQUEST[kind])}`),
    (result) =>
      result.status === 'skipped'
        ? { tone: 'info', text: t.etl.refresh.skipped(table, TABLES[table].refreshEveryHours) }
        : { tone: 'success', text: t.etl.refresh.queued(table), runId: result.runId },
    (error) =>
      error instanceof ApiClientError && error.status === 409
        ? { tone: 'info', text: t.etl.refresh.running(table), runId: (error.details as { runId?: string } | undefined)?.runId }
        : null,
  );
  const cancel = useCancelRun(table);
  const go = (kind: Kind) => {
    setLast('refresh');
    refresh.run(kind);
  };
  const busy = refresh.pending || cancel.pending;
  const pendingKind = refresh.pending ? refresh.variables : null;
  return (
    <div className="space-y-3">
      <div role="group" aria-label={t.etl.refresh.caption} className="flex flex-wrap items-start gap-2">
        <Button variant="primary" role="operator" pending={pendingKind === 'refresh'} disabled={busy} onClick={() => go('refresh')}>
          {t.etl.actions.refresh}
        </Button>
        <Button role="operator" pending={pendingKind === 'force'} disabled={busy} onClick={() => go('force')}>
          {t.etl.actions.force}
        </Button>
        <Button role="operator" pending={pendingKind === 'full'} disabled={busy} onClick={() => setConfirmFull(true)}>
          {t.etl.actions.full}
        </Button>
        <CancelButton cancel={cancel} disabled={busy || !activeRun} onClick={() => setLast('cancel')} />
      </div>
      <p className="text-xs text-slate-500">{t.etl.refresh.help}</p>
      <ActionNotice outcome={last === 'cancel' ? cancel.outcome : refresh.outcome} />
      <ConfirmDialog
        open={confirmFull}
        title={t.etl.refresh.fullTitle(table)}
        confirmLabel={t.etl.actions.full}
        variant="primary"
        onClose={() => setConfirmFull(false)}
        onConfirm={() => {
          setConfirmFull(false);
          go('full');
        }}
      >
        <p>{t.etl.refresh.fullBody}</p>
      </ConfirmDialog>
    </div>
  );
}
