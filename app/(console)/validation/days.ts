// ?days= from the URL: a whole number the API accepts (1–400), else the default week.
import { daysSchema } from '@/lib/etl/requests';

export const DEFAULT_DAYS = 7;

export function daysFrom(value: string | string[] | undefined): number {
  const parsed = daysSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : DEFAULT_DAYS;
}
