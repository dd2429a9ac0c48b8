'use client';
import { Badge } from '@/components/ui/badge';
import { Td } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { Entry } from './use-audit';

const TONE = { success: 'green', failure: 'red', denied: 'amber' } as const;

export function AuditRow({ entry }: { entry: Entry }) {
  const { t, fmt } = useI18n();
  const a = t.admin.audit;
  const params = JSON.stringify(entry.params, null, 2);
  const hasParams = params !== '{}' && params !== 'null';
  return (
    <tr data-testid="audit-entry" data-action={entry.action}>
      <Td><span className="whitespace-nowrap">{fmt.dateTime(entry.at)}</span></Td>
      <Td>
        <span className="block max-w-56 truncate font-medium text-slate-900" title={entry.actor ?? ''}>{entry.actor ?? '—'}</span>
        <span className="text-xs text-slate-500">{a.kinds[entry.actorKind] ?? entry.actorKind}</span>
      </Td>
      <Td mono>{entry.action}</Td>
      <Td><span className="block max-w-48 truncate font-mono text-xs" title={entry.target ?? ''}>{entry.target ?? '—'}</span></Td>
      <Td>
        {hasParams ? (
          <details>
            <summary className="cursor-pointer text-sky-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600">{a.showParams}</summary>
            <pre className="mt-1 max-h-48 max-w-md overflow-auto rounded bg-slate-100 p-2 text-xs">{params}</pre>
          </details>
        ) : '—'}
      </Td>
      <Td>
        <span className="whitespace-nowrap"><Badge tone={TONE[entry.result as keyof typeof TONE] ?? 'gray'}>{a.results[entry.result] ?? entry.result}{entry.httpStatus ? ` · ${entry.httpStatus}` : ''}</Badge></span>
        {entry.error && <span lang="en" className="mt-1 block max-w-xs text-xs text-rose-800">{entry.error}</span>}
      </Td>
      <Td>
        <span className="block font-mono text-xs">{entry.ip ?? '—'}</span>
        {entry.userAgent && <span className="block max-w-48 truncate text-xs text-slate-500" title={entry.userAgent}>{entry.userAgent}</span>}
      </Td>
    </tr>
  );
}
