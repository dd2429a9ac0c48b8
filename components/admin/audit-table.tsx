'use client';
// The audit log, newest first: who, what, on what, with which parameters, how
// it ended, when and from where; more pages on request.
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { describeError } from '@/components/ui/query-state';
import { Table, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import { AuditRow } from './audit-row';
import { AuditFilters, type AuditFilterValues } from './audit-filters';
import { useAudit } from './use-audit';

export function AuditTable({ filters, actions }: { filters: AuditFilterValues; actions: string[] }) {
  const { t } = useI18n();
  const a = t.admin.audit;
  const query = useAudit(filters);
  const entries = query.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <Card title={a.title} description={query.data ? `${a.shown(entries.length)} · ${a.timeZone}` : a.timeZone}>
      <AuditFilters key={JSON.stringify(filters)} initial={filters} actions={actions} />
      <div className="mt-5">
        {query.isError ? <Notice tone="error" title={t.common.states.error}>{describeError(query.error, t.common.errors)}</Notice>
          : !query.data ? <p className="animate-pulse text-sm text-slate-500">{t.common.states.loading}</p>
          : entries.length === 0 ? <p className="text-sm text-slate-600">{a.none}</p> : (
            <Table caption={a.caption}>
              <thead>
                <tr><Th>{a.when}</Th><Th>{a.who}</Th><Th>{a.what}</Th><Th>{a.target}</Th><Th>{a.params}</Th><Th>{a.outcome}</Th><Th>{a.where}</Th></tr>
              </thead>
              <tbody>{entries.map((entry) => <AuditRow key={entry.id} entry={entry} />)}</tbody>
            </Table>
          )}
      </div>
      {query.data && entries.length > 0 && (
        <div className="mt-4 flex items-center gap-3">
          {query.hasNextPage
            ? <Button onClick={() => query.fetchNextPage()} pending={query.isFetchingNextPage}>{query.isFetchingNextPage ? a.loadingMore : a.more}</Button>
            : <p className="text-sm text-slate-500">{a.end}</p>}
        </div>
      )}
    </Card>
  );
}
