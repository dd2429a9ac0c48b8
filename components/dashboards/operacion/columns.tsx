'use client';
// The counts and rates every operación row has (per canal, per hour), after
// the columns that name the row.
import { useMemo } from 'react';
import type { ChannelCounts } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import type { Column } from '../data-table';

export function useChannelColumns<R extends ChannelCounts>(lead: Column<R>[]): Column<R>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const count = (key: 'totalGestiones' | 'contactosEfectivos' | 'contactosNoEfectivos' | 'totalPdp'): Column<R> =>
      ({ key, label: m[key], value: (r) => r[key] });
    const pct = (key: 'tasaContacto' | 'tasaConversion'): Column<R> =>
      ({ key, label: m[key], value: (r) => r[key], render: (r) => fmt.percent(r[key]) });
    return [
      ...lead,
      count('totalGestiones'), count('contactosEfectivos'), count('contactosNoEfectivos'), count('totalPdp'),
      pct('tasaContacto'), pct('tasaConversion'),
      { key: 'duracionPromedioSeg', label: m.duracionPromedioSeg, value: (r) => r.duracionPromedioSeg, render: (r) => fmt.number(r.duracionPromedioSeg, 1) },
    ];
  }, [t, fmt, lead]);
}
