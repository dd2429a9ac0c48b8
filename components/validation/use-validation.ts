'use client';
// One table's validation from /api/v1/etl/validate/{table}?days=, and its verdict.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import type { MartTable } from '@/lib/etl/config';
import type { DayReconciliation, SchemaProblem } from '@/lib/etl/validate';

export interface Validation {
  table: MartTable;
  schema: SchemaProblem[];
  days: DayReconciliation[];
  differingDays: number;
}

export type Verdict = 'ok' | 'schema' | 'differs';

export function verdictOf(v: Validation): Verdict {
  if (v.schema.length > 0) return 'schema';
  return v.differingDays > 0 ? 'differs' : 'ok';
}

export type DayState = 'ok' | 'differs' | 'empty';

export function dayState(d: DayReconciliation): DayState {
  if (d.differences.length > 0) return 'differs';
  return d.source.rows === 0 && d.target.rows === 0 ? 'empty' : 'ok';
}

export function useValidation(table: MartTable, days: number) {
  return useQuery({
    queryKey: ['validation', table, days],
    queryFn: () => api.get<Validation>(`/etl/validate/${table}?days=${days}`),
    // Reading the source costs (BigQuery bills it): only again when asked, or after a while.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}
