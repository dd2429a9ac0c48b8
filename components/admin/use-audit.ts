'use client';
// The audit log page by page (cursor), for the filters in the URL. Days are
// Lima days: from its first to its last millisecond (UTC−5, no daylight saving).
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '@/lib/client/api';
import type { Jsonify } from '@/lib/client/json';
import type { AuditEntry } from '@/lib/db/schema/auth';
import type { AuditFilterValues } from './audit-filters';

export type Entry = Jsonify<AuditEntry>;
const PAGE = 50;

export function useAudit(filters: AuditFilterValues) {
  const params = {
    actor: filters.actor, action: filters.action, result: filters.result, limit: PAGE,
    from: filters.from && `${filters.from}T00:00:00-05:00`,
    to: filters.to && `${filters.to}T23:59:59.999-05:00`,
  };
  return useInfiniteQuery({
    queryKey: ['admin', 'audit', params],
    queryFn: ({ pageParam }) => api.get<{ entries: Entry[]; nextCursor: number | null }>(`/admin/audit${query({ ...params, cursor: pageParam })}`),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
