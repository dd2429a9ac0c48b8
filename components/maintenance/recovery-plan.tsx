'use client';
// The steps emergency recovery would take, in order.
import type { RecoveryPlan as Plan } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

export function RecoveryPlan({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const r = t.maintenance.recovery;
  if (plan.steps.length === 0) return <p className="text-sm text-slate-700" data-testid="recovery-plan">{r.planNothing}</p>;
  return (
    <div className="text-sm text-slate-700" data-testid="recovery-plan">
      <p>{r.failing(plan.failingTables.join(', '))}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-5" aria-label={r.caption}>
        {plan.steps.map((s) => (
          <li key={`${s.table}-${s.mode}`}>
            {r.step(s.table, t.common.mode[s.mode])}
            {s.onlyIfStillFailing && <span className="text-slate-500"> — {r.onlyIfFailing}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
