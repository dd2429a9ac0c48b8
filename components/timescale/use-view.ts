'use client';
// One TimescaleDB admin view from /api/v1/timescale, kept fresh while the page is open.
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import type { UnavailableView } from '@/lib/timescale/views';

export type Available<V> = Exclude<V, UnavailableView>;

export function useTimescaleView<V>(path: string, refetchSeconds = 30) {
  return useQuery({
    queryKey: ['timescale', path],
    queryFn: () => api.get<V>(path),
    refetchInterval: refetchSeconds * 1000,
  });
}
