'use client';
// Cancelling a table's run in flight (operator+): a queued run stops at once,
// a running one between batches.
import { Button } from '@/components/ui/button';
import { api } from '@/lib/client/api';
import type { MartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { ActionNotice } from './action-notice';
import { useAction } from './use-action';

export function useCancelRun(table: MartTable) {
  const { t } = useI18n();
  return useAction(
    () => api.post<{ cancelled: string[] }>(`/etl/cancel/table/${table}`),
    (result) => ({ tone: 'success', text: t.etl.refresh.cancelled(result.cancelled.length) }),
  );
}

export function CancelButton({ cancel, disabled, onClick }: { cancel: ReturnType<typeof useCancelRun>; disabled?: boolean; onClick?: () => void }) {
  const { t } = useI18n();
  return (
    <Button variant="danger" role="operator" pending={cancel.pending} disabled={disabled} onClick={() => { onClick?.(); cancel.run(undefined); }}>
      {t.etl.actions.cancel}
    </Button>
  );
}

/** The button with its outcome under it, for a run's own page. */
export function CancelRun({ table }: { table: MartTable }) {
  const cancel = useCancelRun(table);
  return (
    <div className="space-y-2">
      <CancelButton cancel={cancel} />
      <ActionNotice outcome={cancel.outcome} />
    </div>
  );
}
