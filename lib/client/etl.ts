'use client';
// Live ETL data for the console's pages, from /api/v1/etl with the session
// cookie. Anything in flight is polled every second; the rest every few.
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExecutionLogRow } from '../db/schema';
import type { CleanupReport } from '../etl/maintenance';
import type { MartTable } from '../etl/config';
import type { RefreshResult, tableDetail } from '../etl/operations';
import type { RecoveryPlan } from '../etl/recovery';
import type { Health, TableStatus } from '../etl/status';
import type { WatermarkView } from '../etl/watermarks';
import { api, query } from './api';
import type { Jsonify } from './json';

export type Run = Jsonify<ExecutionLogRow>;
export type TableStatusJson = Jsonify<TableStatus>;
export type TableDetail = Jsonify<Awaited<ReturnType<typeof tableDetail>>>;
export type WatermarkJson = Jsonify<WatermarkView>;
/** What POST /etl/cleanup answers: what it did, or on a dry run would do. */
export type CleanupResult = Jsonify<CleanupReport> & { dryRun: boolean };
export type { RefreshResult, RecoveryPlan, Health };

export interface RunFilters {
  table?: string;
  status?: string;
  mode?: string;
  trigger?: string;
  from?: string;
  to?: string;
}

export const LIVE_MS = 1_000;
const IDLE_MS = 5_000;

export const isActive = (run: Pick<Run, 'status'> | null | undefined) => run?.status === 'queued' || run?.status === 'running';

export function useEtlStatus() {
  return useQuery({
    queryKey: ['etl', 'status'],
    queryFn: () => api.get<{ health: Health; tables: TableStatusJson[] }>('/etl/status'),
    refetchInterval: (q) => (q.state.data?.tables.some((t) => t.activeRun) ? LIVE_MS : IDLE_MS),
  });
}

export function useTableDetail(table: MartTable) {
  return useQuery({
    queryKey: ['etl', 'table', table],
    queryFn: () => api.get<TableDetail>(`/etl/status/table/${table}`),
    refetchInterval: (q) => (q.state.data?.activeRun || q.state.data?.recentRuns.some(isActive) ? LIVE_MS : IDLE_MS),
  });
}

type RunsPage = { runs: Run[]; nextCursor: string | null };
const runsPath = (filters: RunFilters, cursor: string | null, limit: number) => `/etl/runs${query({ ...filters, cursor, limit })}`;

/**
 * The log, page after page by cursor. It is live: the loaded pages are read
 * again from the first — every second while a run shown is in flight, every
 * 2 s otherwise — so new runs arrive on top with no gap below.
 */
export function useRunLog(filters: RunFilters, limit = 25) {
  return useInfiniteQuery({
    queryKey: ['etl', 'runs', 'log', filters, limit],
    queryFn: ({ pageParam }) => api.get<RunsPage>(runsPath(filters, pageParam, limit)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.runs.some(isActive)) ? LIVE_MS : 2_000),
    placeholderData: keepPreviousData,
  });
}

/** The newest runs matching the filters, live while any of them is in flight. */
export function useRuns(filters: RunFilters, limit = 10) {
  return useQuery({
    queryKey: ['etl', 'runs', 'list', filters, limit],
    queryFn: () => api.get<RunsPage>(runsPath(filters, null, limit)),
    refetchInterval: (q) => (!q.state.data?.runs.length || q.state.data.runs.some(isActive) ? LIVE_MS : IDLE_MS),
  });
}

export function useRun(id: string) {
  return useQuery({
    queryKey: ['etl', 'run', id],
    queryFn: () => api.get<Run>(`/etl/runs/${id}`),
    refetchInterval: (q) => (!q.state.data || isActive(q.state.data) ? LIVE_MS : false),
  });
}

export function useWatermarks() {
  return useQuery({
    queryKey: ['etl', 'watermarks'],
    queryFn: () => api.get<WatermarkJson[]>('/etl/watermarks'),
    refetchInterval: IDLE_MS,
  });
}

/** After an action: every ETL panel reads again at once. */
export function useRefreshEtl() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['etl'] });
}
