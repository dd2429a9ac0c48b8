'use client';
// The picker: every table with its verdict over the chosen days, each a link to its detail.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { describeError } from '@/components/ui/query-state';
import { Table, Td, Th } from '@/components/ui/table';
import { MART_TABLES, TABLES, type MartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { useValidation, verdictOf } from './use-validation';
import { ValidationControls } from './validation-controls';
import { VerdictBadge } from './verdict-badge';

export function ValidationTables({ days }: { days: number }) {
  const { t } = useI18n();
  const v = t.validation;
  return (
    <Card title={v.pickTitle} description={v.pickDescription(days)} actions={<ValidationControls table={null} days={days} />}>
      <Table caption={v.caption}>
        <thead><tr><Th>{v.table}</Th><Th>{v.column}</Th><Th>{v.verdict}</Th><Th>{v.details}</Th></tr></thead>
        <tbody>{MART_TABLES.map((table) => <TableRow key={table} table={table} days={days} />)}</tbody>
      </Table>
    </Card>
  );
}

function TableRow({ table, days }: { table: MartTable; days: number }) {
  const { t } = useI18n();
  const v = t.validation;
  const query = useValidation(table, days);
  const data = query.data;
  return (
    <tr data-testid={`validation-${table}`}>
      <Td><Link href={`/validation/${table}?days=${days}`} className="font-mono text-xs font-medium text-sky-800 underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600">{table}</Link></Td>
      <Td mono>{TABLES[table].incrementalColumn}</Td>
      <Td>
        {data ? (
          <span className="flex flex-wrap items-center gap-2">
            <VerdictBadge verdict={verdictOf(data)} />
            <span className="text-slate-600">
              {verdictOf(data) === 'ok' ? v.verdictText.ok(data.days.length) : verdictOf(data) === 'schema' ? v.verdictText.schema(data.schema.length) : v.verdictText.differs(data.differingDays, data.days.length)}
            </span>
          </span>
        ) : query.isError ? <Notice tone="error">{describeError(query.error, t.common.errors)}</Notice>
          : <span className="animate-pulse text-slate-500">{v.verdicts.loading}</span>}
      </Td>
      <Td><Link href={`/validation/${table}?days=${days}`} className="text-sky-800 underline underline-offset-2">{v.open}</Link></Td>
    </tr>
  );
}
