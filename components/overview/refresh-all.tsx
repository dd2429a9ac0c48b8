'use client';
// "Refresh all" (operator+): choose force and mode, read what it will do,
// confirm, then see what happened to each table.
import { useId, useState } from 'react';
import { ActionNotice } from '@/components/etl/action-notice';
import { useAction } from '@/components/etl/use-action';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { api } from '@/lib/client/api';
import type { RefreshResult } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { RefreshOutcomes } from './refresh-outcomes';

type Mode = 'incremental' | 'sliding_window' | 'full_refresh';
const MODES: Mode[] = ['incremental', 'sliding_window', 'full_refresh'];

export function RefreshAll() {
  const { t } = useI18n();
  const r = t.overview.refreshAll;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [force, setForce] = useState(false);
  const [mode, setMode] = useState<Mode>('incremental');
  const refresh = useAction(
    (body: { force: boolean; mode: Mode }) => api.post<{ runs: RefreshResult[] }>('/etl/refresh/dashboard', body),
  );
  return (
    <Card title={r.title} actions={
      <Button variant="primary" role="operator" pending={refresh.pending} onClick={() => setOpen(true)}>{r.button}</Button>
    }>
      <p className="text-sm text-slate-600">{r.what(t.common.mode[mode])} {r.notForced}</p>
      <div className="mt-3 space-y-3">
        <ActionNotice outcome={refresh.outcome} />
        {refresh.data && !refresh.pending && <RefreshOutcomes outcomes={refresh.data.runs} />}
      </div>
      <ConfirmDialog
        open={open}
        title={r.title}
        confirmLabel={r.confirm}
        variant="primary"
        onClose={() => setOpen(false)}
        onConfirm={() => { setOpen(false); refresh.run({ force, mode }); }}
      >
        <p>{r.what(t.common.mode[mode])}</p>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} className="size-4 accent-slate-900" />
          {r.force}
        </label>
        <p className="text-slate-600">{force ? r.forced : r.notForced}</p>
        <div>
          <label htmlFor={`${id}-mode`} className="block font-medium text-slate-800">{r.mode}</label>
          <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as Mode)} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
            {MODES.map((m) => <option key={m} value={m}>{t.common.mode[m]}</option>)}
          </select>
          <p className="mt-1 text-slate-600">{r.modes[mode]}</p>
        </div>
        <p className="text-slate-600">{r.running}</p>
      </ConfirmDialog>
    </Card>
  );
}
