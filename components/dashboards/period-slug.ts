// A period as it goes into an export's file name: 2026-11-20 or 2026-10-01_2026-10-31.
import type { Period } from '@/lib/dashboards/types';

export function periodSlug(period: Period | null): string | undefined {
  if (!period) return undefined;
  return period.desde === period.hasta ? period.hasta : `${period.desde}_${period.hasta}`;
}
