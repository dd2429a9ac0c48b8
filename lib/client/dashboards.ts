'use client';
// The dashboards' data in the browser. The filters live in the URL, so a view
// can be shared, and are parsed there with the server's own parser; each
// dashboard is one react-query read of /api/v1 with the filters it honours.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import {
  DashboardFilterError, FILTERS_BY_DASHBOARD, filtersToSearchParams, NO_FILTERS, parseDashboardFilters,
  type DashboardFilters, type FilterIssue,
} from '../dashboards/filters';
import type { FilterOptions } from '../dashboards/types';
import { api } from './api';
import { useUrlState } from './url-state';

export type DashboardEndpoint = keyof typeof FILTERS_BY_DASHBOARD;

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
  const { params, change } = useUrlState();
  const parsed = useMemo(() => {
    try {
      return { filters: parseDashboardFilters(params), issues: [] };
    } catch (error) {
      if (error instanceof DashboardFilterError) return { filters: null, issues: error.issues };
      throw error;
    }
  }, [params]);
  const update = useCallback((changes: Record<string, string | readonly string[] | null>) => change((next) => {
    for (const [key, value] of Object.entries(changes)) {
      next.delete(key);
      for (const v of value === null ? [] : typeof value === 'string' ? [value] : value) if (v) next.append(key, v);
    }
    if (!('offset' in changes)) next.delete('offset');
  }), [change]);
  // Back to no filter at all; the view's choices (the evolution metric) stay.
  const clear = useCallback(() => change((next) => {
    for (const key of [...next.keys()]) if (key !== 'metrica') next.delete(key);
  }), [change]);
  return { ...parsed, params, update, clear };
}

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
