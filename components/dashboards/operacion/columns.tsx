'use client';
// The counts and rates every operación row has (per canal, per hour), after
// the columns that name the row.
import { useMemo } from 'react';
import type { ChannelCounts } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import type { Column } from '../data-table';
import { metricColumns } from '../metric-columns';

export function useChannelColumns<R extends ChannelCounts>(lead: Column<R>[]): Column<R>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    // Built for ChannelCounts, they read any row that has its fields.
    const { count, percent } = metricColumns<ChannelCounts>(t, fmt);
    return [
      ...lead,
      count('totalGestiones'), count('contactosEfectivos'), count('contactosNoEfectivos'), count('totalPdp'),
      percent('tasaContacto'), percent('tasaConversion'),
      { ...count('duracionPromedioSeg'), render: (r) => fmt.number(r.duracionPromedioSeg, 1) },
    ];
  }, [t, fmt, lead]);
}
