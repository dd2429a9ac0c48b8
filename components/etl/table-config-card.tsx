// A table's configuration, read-only, straight from lib/etl/config.ts.
import { Card } from '@/components/ui/card';
import { TABLES, type MartTable } from '@/lib/etl/config';
import { getI18n } from '@/lib/i18n/server';
import { intervalWords } from './words';

export async function TableConfigCard({ table }: { table: MartTable }) {
  const { t, fmt } = await getI18n();
  const c = TABLES[table];
  const w = t.etl.config;
  const facts: [string, React.ReactNode][] = [
    [w.sourceRelation, <code key="s">{c.sourceRelation}</code>],
    [w.primaryKey, <code key="k">{c.primaryKey.join(', ')}</code>],
    [w.incrementalColumn, <code key="i">{c.incrementalColumn}</code>],
    [w.lookbackDays, w.days(c.lookbackDays)],
    [w.batchSize, fmt.number(c.batchSize)],
    [w.refreshEveryHours, w.hours(c.refreshEveryHours)],
    [w.chunkInterval, c.chunkInterval ? intervalWords(c.chunkInterval, w.units) : w.plainTable],
    [w.retention, c.retention ? intervalWords(c.retention, w.units) : w.keepAll],
    [w.compressSegmentBy, c.compressSegmentBy.length ? <code key="c">{c.compressSegmentBy.join(', ')}</code> : w.none],
  ];
  return (
    <Card title={w.title} description={w.description}>
      <dl className="space-y-3 text-sm" data-testid="table-config">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="mt-0.5 text-slate-900 [&_code]:font-mono [&_code]:text-xs">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
