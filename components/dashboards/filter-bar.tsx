'use client';
// The manager's filters, written to the URL on every change (so the address
// bar always reproduces the view). A dashboard shows only the filters its
// mart can honour (FILTERS_BY_DASHBOARD).
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { DashboardEndpoint, UrlFilters } from '@/lib/client/dashboards';
import { FILTERS_BY_DASHBOARD } from '@/lib/dashboards/filters';
import type { FilterOptions } from '@/lib/dashboards/types';
import { CANALES, CARTERAS, SERVICIOS } from '@/lib/domain';
import { useI18n } from '@/lib/i18n/client';
import { DateFilter } from './date-filter';
import { ToggleChips } from './toggle-chips';

export function FilterBar({ dashboard, url, options }: { dashboard: DashboardEndpoint; url: UrlFilters; options?: FilterOptions }) {
  const { t } = useI18n();
  const f = t.dashboards.filters;
  const shown = new Set<string>(FILTERS_BY_DASHBOARD[dashboard]);
  const { filters, params, update } = url;
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };
  const archivos = (options?.archivos ?? []).filter((a) => !filters?.cartera.length || filters.cartera.includes(a.cartera as never));
  const select = (key: 'archivo' | 'canal' | 'equipo', values: string[], all: string) => (
    <Field label={f[key]}>{({ id }) => (
      <select id={id} className={inputClass} value={params.get(key) ?? ''} onChange={(e) => update({ [key]: e.target.value || null })}>
        <option value="">{all}</option>
        {/* A value in the URL stays selectable even when the period has no such option. */}
        {[...new Set([...values, ...(params.get(key) ? [params.get(key)!] : [])])].map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    )}</Field>
  );
  return (
    <section aria-label={f.title} className="space-y-3 rounded-xl border border-slate-200 bg-white px-5 py-4 shadow-sm">
      <form role="search" aria-label={f.title} onSubmit={(e) => e.preventDefault()} className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <DateFilter monthly={dashboard === 'assignment'} url={url} options={options} />
        {shown.has('cartera') && (
          <ToggleChips label={f.cartera} values={CARTERAS} selected={filters?.cartera ?? []} onChange={(v) => update({ cartera: v })} />
        )}
        {shown.has('servicio') && (
          <ToggleChips label={f.servicio} values={SERVICIOS} selected={filters?.servicio ?? []} onChange={(v) => update({ servicio: v })} />
        )}
        {shown.has('archivo') && <div className="w-80">{select('archivo', archivos.map((a) => a.archivo), f.all)}</div>}
        {shown.has('canal') && <div className="w-36">{select('canal', [...CANALES], f.allMasc)}</div>}
        {shown.has('equipo') && <div className="w-44">{select('equipo', options?.equipos ?? [], f.allMasc)}</div>}
        <div className="ml-auto flex gap-2">
          <Button onClick={url.clear} disabled={![...params.keys()].some((k) => k !== 'metrica')}>{f.clear}</Button>
          <Button onClick={copyLink} aria-live="polite">{copied ? f.linkCopied : f.copyLink}</Button>
        </div>
      </form>
      {url.issues.length > 0 && (
        <Notice tone="error" title={f.invalid}>
          <ul className="list-disc pl-5">{url.issues.map((i) => <li key={`${i.param}:${i.message}`}><code>{i.param}</code>: {i.message}</li>)}</ul>
          <p className="mt-1">{f.invalidHint}</p>
        </Notice>
      )}
    </section>
  );
}
