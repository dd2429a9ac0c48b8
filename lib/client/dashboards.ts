'use client';
// The dashboards' data in the browser. The filters live in the URL, so a view
// can be shared, and are parsed there with the server's own parser; each
// dashboard is one react-query read of /api/v1 with the filters it honours.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  DashboardFilterError, FILTERS_BY_DASHBOARD, filtersToSearchParams, parseDashboardFilters,
  type DashboardFilters, type FilterIssue,
} from '../dashboards/filters';
import type { FilterOptions } from '../dashboards/types';
import { api } from './api';

export type DashboardEndpoint = keyof typeof FILTERS_BY_DASHBOARD;

/** Parameters beside the filters that a view keeps in the URL too. */
export const VIEW_PARAMS = ['metrica', 'offset'] as const;

/** Dashboards change only when the ETL loads: a minute of staleness is nothing, and filters flip back instantly. */
const STALE_MS = 60_000;

export interface UrlFilters {
  /** null when the URL's filters are invalid (then `issues` says why). */
  filters: DashboardFilters | null;
  issues: FilterIssue[];
  params: URLSearchParams;
  /** Sets (a value or list) or removes (null) parameters; any filter change goes back to the first ranking page. */
  update(changes: Record<string, string | readonly string[] | null>): void;
  clear(): void;
}

export function useUrlFilters(): UrlFilters {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const parsed = useMemo(() => {
    try {
      return { filters: parseDashboardFilters(params), issues: [] };
    } catch (error) {
      if (error instanceof DashboardFilterError) return { filters: null, issues: error.issues };
      throw error;
    }
  }, [params]);
  const go = useCallback((next: URLSearchParams) => {
    const text = next.toString();
    router.replace(text ? `${pathname}?${text}` : pathname, { scroll: false });
  }, [router, pathname]);
  const update = useCallback((changes: Record<string, string | readonly string[] | null>) => {
    // From the address itself, not this render's params: two quick changes must not undo each other.
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      next.delete(key);
      for (const v of value === null ? [] : typeof value === 'string' ? [value] : value) if (v) next.append(key, v);
    }
    if (!('offset' in changes)) next.delete('offset');
    go(next);
  }, [go]);
  const clear = useCallback(() => {
    const next = new URLSearchParams();
    for (const key of VIEW_PARAMS) if (key !== 'offset' && params.get(key)) next.set(key, params.get(key)!);
    go(next);
  }, [params, go]);
  return { ...parsed, params, update, clear };
}

/** No filter at all: each dashboard's latest day, everything in it. */
const NO_FILTERS: DashboardFilters = { dates: { kind: 'latest' }, cartera: [], servicio: [], archivo: null, canal: null, equipo: null };

/** The query string an endpoint is asked with: only the filters it honours, then the view's own parameters. */
export function dashboardQuery(endpoint: DashboardEndpoint, filters: DashboardFilters, view: Record<string, string | number> = {}): string {
  const honoured = Object.fromEntries(FILTERS_BY_DASHBOARD[endpoint].map((key) => [key, filters[key]]));
  const params = filtersToSearchParams({ ...NO_FILTERS, ...honoured });
  for (const [key, value] of Object.entries(view)) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function useDashboard<T>(endpoint: DashboardEndpoint, filters: DashboardFilters | null, view?: Record<string, string | number>) {
  const query = filters ? dashboardQuery(endpoint, filters, view) : '';
  return useQuery({
    queryKey: ['dashboards', endpoint, query],
    queryFn: () => api.get<T>(`/${endpoint}${query}`),
    enabled: filters !== null,
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

/** What the filter controls offer for the selected dates. */
export function useFilterOptions(filters: DashboardFilters | null) {
  const dates = filters ? filtersToSearchParams({ ...NO_FILTERS, dates: filters.dates }).toString() : '';
  return useQuery({
    queryKey: ['dashboards', 'filters', dates],
    queryFn: () => api.get<FilterOptions>(`/filters${dates ? `?${dates}` : ''}`),
    enabled: filters !== null,
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}
