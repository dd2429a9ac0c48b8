'use client';
// One run as a row of a run table: when (a link to its detail), what, how it
// went, and its rows — or its live progress while in flight.
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { Td } from '@/components/ui/table';
import { isActive, type Run } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { RunProgress } from './run-progress';
import { word } from './words';

export function RunRow({ run, showTable = true }: { run: Run; showTable?: boolean }) {
  const { t, fmt } = useI18n();
  const when = fmt.dateTime(run.startedAt);
  return (
    <tr data-testid="run-row" data-run-id={run.id} data-status={run.status} className="hover:bg-slate-50">
      <Td>
        <Link
          href={`/etl/runs/${run.id}`}
          aria-label={t.runs.log.open(run.tableName, when)}
          className="whitespace-nowrap font-medium text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          {when}
        </Link>
      </Td>
      {showTable && <Td mono>{run.tableName}</Td>}
      <Td>{word(t.common.mode, run.mode)}</Td>
      <Td>{word(t.common.trigger, run.trigger)}{run.triggeredBy && <span className="block text-xs text-slate-500">{run.triggeredBy}</span>}</Td>
      <Td><span className="whitespace-nowrap"><StatusBadge kind="runStatus" value={run.status} /></span></Td>
      <Td>
        {isActive(run) ? <RunProgress run={run} /> : (
          <span className="tabular-nums text-slate-800" data-testid="run-counts">
            <span className="whitespace-nowrap">{t.runs.log.extractedSummary(fmt.number(run.rowsExtracted))}</span>
            <span className="block whitespace-nowrap text-xs text-slate-500">
              {t.runs.log.changesSummary(fmt.number(run.rowsInserted), fmt.number(run.rowsUpdated), fmt.number(run.rowsUnchanged), fmt.number(run.rowsDeleted))}
            </span>
            {run.rowsRejected > 0 && <span className="block text-xs text-rose-800">{t.runs.log.rejectedSummary(fmt.number(run.rowsRejected))}</span>}
          </span>
        )}
      </Td>
      <Td align="right">{fmt.duration(run.durationSeconds)}</Td>
    </tr>
  );
}
