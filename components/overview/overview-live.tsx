'use client';
// The overview's live panels, all from one GET /etl/status polled every
// second while a run is in flight.
import { Card } from '@/components/ui/card';
import { QueryState } from '@/components/ui/query-state';
import { useEtlStatus } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { FreshnessTable } from './freshness-table';
import { HealthCard } from './health-card';
import { RefreshAll } from './refresh-all';
import { RunningRuns } from './running-runs';

export function OverviewLive() {
  const { t } = useI18n();
  const status = useEtlStatus();
  const o = t.overview;
  return (
    <QueryState query={status}>
      {({ health, tables }) => (
        <div className="space-y-6">
          <div className="grid gap-6 xl:grid-cols-2">
            <HealthCard health={health} tables={tables} />
            <RefreshAll />
          </div>
          <Card title={o.freshness.title} description={o.freshness.description}>
            <FreshnessTable tables={tables} caption={o.freshness.caption} />
          </Card>
          <Card title={o.running.title} description={o.running.description}>
            <RunningRuns tables={tables} />
          </Card>
        </div>
      )}
    </QueryState>
  );
}
