'use client';
// What "refresh all" did, table by table.
import Link from 'next/link';
import { Badge, type Tone } from '@/components/ui/badge';
import type { RefreshResult } from '@/lib/client/etl';
import { TABLES } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';

const TONE: Record<RefreshResult['status'], Tone> = { queued: 'blue', already_running: 'amber', skipped: 'gray' };

export function RefreshOutcomes({ outcomes }: { outcomes: RefreshResult[] }) {
  const { t } = useI18n();
  const r = t.overview.refreshAll;
  return (
    <div role="status">
      <p className="text-sm font-medium text-slate-800">{r.outcomes}</p>
      <ul className="mt-2 space-y-1.5 text-sm" aria-label={r.outcomes}>
        {outcomes.map((o) => (
          <li key={o.table} className="flex flex-wrap items-center gap-2" data-testid={`outcome-${o.table}`}>
            <span className="w-36 font-mono text-xs">{o.table}</span>
            <Badge tone={TONE[o.status]}>{r.outcome[o.status]}</Badge>
            {o.status === 'skipped' && <span className="text-slate-600">{r.skippedReason(TABLES[o.table].refreshEveryHours)}</span>}
            {o.runId && <Link href={`/etl/runs/${o.runId}`} className="text-sky-800 underline underline-offset-2">{t.etl.refresh.seeRun}</Link>}
          </li>
        ))}
      </ul>
    </div>
  );
}
