'use client';
// What a live panel shows before its data arrives, or when it cannot load.
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiClientError } from '@/lib/client/api';
import { useI18n } from '@/lib/i18n/client';
import { Notice } from './notice';

export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => React.ReactNode }) {
  const { t } = useI18n();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <Notice tone="error" title={t.common.states.error}>{describeError(query.error, t.common.errors)}</Notice>;
  return <p className="animate-pulse text-sm text-slate-500">{t.common.states.loading}</p>;
}

export function describeError(error: unknown, messages: { network: string; forbidden: string; signedOut: string }): string {
  if (!(error instanceof ApiClientError)) return String(error);
  if (error.code === 'network') return messages.network;
  if (error.status === 401) return messages.signedOut;
  if (error.status === 403) return `${messages.forbidden} ${error.message}`;
  return error.message;
}
