'use client';
// The ETL's verdict in one line, with what it rests on.
import { Card } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Health, TableStatusJson } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';

export function HealthCard({ health, tables }: { health: Health; tables: TableStatusJson[] }) {
  const { t } = useI18n();
  const h = t.overview.health;
  const fresh = tables.filter((s) => s.freshness === 'fresh').length;
  const running = tables.filter((s) => s.activeRun).length;
  const failing = tables.filter((s) => s.watermark.lastExtractionStatus === 'failed').length;
  return (
    <Card title={h.title}>
      <div className="flex flex-wrap items-center gap-3" data-testid="etl-health">
        <span className="text-base"><StatusBadge kind="health" value={health} /></span>
        <p className="text-sm text-slate-700">{h.explain[health]}</p>
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
        <li>{h.fresh(fresh, tables.length)}</li>
        <li>{h.running(running)}</li>
        <li>{h.failing(failing)}</li>
      </ul>
    </Card>
  );
}
