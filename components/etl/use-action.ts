'use client';
// One console action: pending while the request is out, then its outcome in
// words (the API's own message on failure), and every ETL panel re-read.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '@/components/ui/query-state';
import { useRefreshEtl } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import type { Outcome } from './action-notice';

export function useAction<Arg, Result>(
  perform: (arg: Arg) => Promise<Result>,
  /** The success in words; without it the caller shows the result itself. */
  describe?: (result: Result, arg: Arg) => Outcome,
  /** A failure that is really an answer (a 409 naming the run in flight). */
  explain?: (error: unknown, arg: Arg) => Outcome | null,
) {
  const { t } = useI18n();
  const refresh = useRefreshEtl();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const mutation = useMutation({
    mutationFn: perform,
    onMutate: () => setOutcome(null),
    onSuccess: (result, arg) => setOutcome(describe?.(result, arg) ?? null),
    onError: (error, arg) =>
      setOutcome(explain?.(error, arg) ?? { tone: 'error', text: `${t.etl.refresh.failed} ${describeError(error, t.common.errors)}` }),
    onSettled: () => refresh(),
  });
  return {
    run: mutation.mutate, runAsync: mutation.mutateAsync, reset: mutation.reset,
    pending: mutation.isPending, outcome, variables: mutation.variables, data: mutation.data,
  };
}
