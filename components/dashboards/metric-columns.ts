// Columns for a row's metrics, named and formatted the way every dashboard
// table shows them: counts as numbers, rates in percent, amounts in soles.
import type { Formatters } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { Column } from './data-table';

type Metrics = Messages['dashboards']['metrics'];
/** The row's numeric fields that have a name in the dictionary. */
type MetricKey<R> = { [K in keyof R]: R[K] extends number ? K : never }[keyof R] & keyof Metrics & string;

export function metricColumns<R>(t: Messages, fmt: Formatters) {
  const short = t.dashboards.short as Partial<Record<string, string>>;
  const column = (key: MetricKey<R>, render?: (value: number) => React.ReactNode): Column<R> => ({
    key, label: t.dashboards.metrics[key], short: short[key],
    value: (row) => row[key] as number,
    ...(render && { render: (row: R) => render(row[key] as number) }),
  });
  return {
    count: (key: MetricKey<R>) => column(key),
    percent: (key: MetricKey<R>) => column(key, (v) => fmt.percent(v)),
    soles: (key: MetricKey<R>) => column(key, (v) => fmt.soles(v)),
  };
}
