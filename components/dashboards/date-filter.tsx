'use client';
// Which dates a dashboard reads: the latest day loaded (the default), a
// cut-off date, or a range. Asignación thinks in months: a periodo is written
// as a cut-off on the month's last day (a whole month), or on today while the
// month is under way — the API then compares the same days of both months.
import { Field, inputClass } from '@/components/ui/field';
import type { UrlFilters } from '@/lib/client/dashboards';
import type { DateSelection } from '@/lib/dashboards/filters';
import { monthBounds } from '@/lib/dashboards/period';
import type { FilterOptions } from '@/lib/dashboards/types';
import { addDays, limaDate } from '@/lib/etl/window';
import { useI18n } from '@/lib/i18n/client';

const NO_DATES = { fecha_corte: null, desde: null, hasta: null };

/** The month's last day, or today (Lima) if the month has not ended. */
function monthCutoff(periodo: string): string {
  const last = monthBounds(periodo).hasta;
  const today = limaDate(new Date());
  return today < last ? today : last;
}
/** A new range starts as the month up to the latest day loaded. */
const RANGE_DAYS = 30;

export function DateFilter({ monthly, url, options }: { monthly: boolean; url: UrlFilters; options?: FilterOptions }) {
  const { t } = useI18n();
  const f = t.dashboards.filters;
  const dates: DateSelection = url.filters?.dates ?? { kind: 'latest' };
  const fechas = options?.fechas ?? [];
  const latest = fechas.at(-1) ?? new Date().toISOString().slice(0, 10);
  const bounds = { min: fechas[0], max: fechas.at(-1) };
  const setDate = (key: 'fecha_corte' | 'desde' | 'hasta') => (e: React.ChangeEvent<HTMLInputElement>) => {
    if (e.target.value) url.update({ [key]: e.target.value });
  };

  if (monthly) {
    const periodo = dates.kind === 'cutoff' ? dates.fecha.slice(0, 7) : dates.kind === 'range' ? dates.hasta.slice(0, 7) : '';
    const periodos = [...new Set([...(options?.periodos ?? []), ...(periodo ? [periodo] : [])])].sort().reverse();
    return (
      <div className="w-48">
        <Field label={f.periodo}>{({ id }) => (
          <select id={id} className={inputClass} value={periodo}
            onChange={(e) => url.update({ ...NO_DATES, fecha_corte: e.target.value ? monthCutoff(e.target.value) : null })}>
            <option value="">{f.latestPeriodo}</option>
            {periodos.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        )}</Field>
      </div>
    );
  }

  const pickMode = (kind: DateSelection['kind']) => url.update(
    kind === 'cutoff' ? { ...NO_DATES, fecha_corte: latest }
      : kind === 'range' ? { ...NO_DATES, desde: addDays(latest, -(RANGE_DAYS - 1)), hasta: latest }
        : NO_DATES,
  );
  return (
    <>
      <div className="w-48">
        <Field label={f.dates}>{({ id }) => (
          <select id={id} className={inputClass} value={dates.kind} onChange={(e) => pickMode(e.target.value as DateSelection['kind'])}>
            {(['latest', 'cutoff', 'range'] as const).map((k) => <option key={k} value={k}>{f.dateModes[k]}</option>)}
          </select>
        )}</Field>
      </div>
      {dates.kind === 'cutoff' && (
        <div className="w-40">
          <Field label={f.fecha}>{({ id }) => <input id={id} type="date" className={inputClass} value={dates.fecha} {...bounds} onChange={setDate('fecha_corte')} />}</Field>
        </div>
      )}
      {dates.kind === 'range' && (['desde', 'hasta'] as const).map((key) => (
        <div key={key} className="w-40">
          <Field label={f[key]}>{({ id }) => <input id={id} type="date" className={inputClass} value={dates[key]} {...bounds} onChange={setDate(key)} />}</Field>
        </div>
      ))}
    </>
  );
}
