'use client';
// One table's validation: the verdict, the schema, and every day reconciled.
import { Button } from '@/components/ui/button';
import { QueryState } from '@/components/ui/query-state';
import type { MartTable } from '@/lib/etl/config';
import { useI18n } from '@/lib/i18n/client';
import { ReconciliationTable } from './reconciliation-table';
import { SchemaCard } from './schema-card';
import { useValidation } from './use-validation';
import { ValidationControls } from './validation-controls';
import { VerdictBanner } from './verdict-banner';

export function ValidationReport({ table, days }: { table: MartTable; days: number }) {
  const { t } = useI18n();
  const query = useValidation(table, days);
  return (
    <div className="space-y-6">
      <ValidationControls table={table} days={days}>
        <Button onClick={() => query.refetch()} pending={query.isFetching}>
          {query.isFetching ? t.validation.verdicts.loading : t.validation.controls.revalidate}
        </Button>
      </ValidationControls>
      <QueryState query={query}>
        {(validation) => (
          <>
            <VerdictBanner validation={validation} checkedAt={query.dataUpdatedAt} />
            <SchemaCard problems={validation.schema} />
            <ReconciliationTable table={table} days={validation.days} />
          </>
        )}
      </QueryState>
    </div>
  );
}
