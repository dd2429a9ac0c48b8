'use client';
// What a rollback will run: the down file and its statements, and whether the
// server will refuse it (no down file, or it drops the console's accounts).
import { Notice } from '@/components/ui/notice';
import type { RollbackPlan } from '@/lib/db/queries/migration-plan';
import { useI18n } from '@/lib/i18n/client';
import { WithCode } from '@/components/ui/with-code';

export function RollbackDetails({ plan }: { plan: RollbackPlan }) {
  const { t } = useI18n();
  const m = t.database.migrations;
  if (!plan.downFile) return <Notice tone="warning">{m.rollbackNoDown(plan.tag)}</Notice>;
  return (
    <>
      <p>{m.rollbackBody(plan.downFile, plan.statements.length, plan.tag)}</p>
      {plan.dropsConsoleTables.length > 0 && <Notice tone="warning"><WithCode text={m.rollbackRefused(plan.dropsConsoleTables.join(', '))} /></Notice>}
      <p className="font-medium">{m.rollbackStatements}</p>
      <pre className="max-h-48 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{plan.statements.join('\n')}</pre>
    </>
  );
}
