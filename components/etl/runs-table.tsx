'use client';
// A table of runs; the log passes several pages as several bodies.
import { Table, Th } from '@/components/ui/table';
import type { Run } from '@/lib/client/etl';
import { useI18n } from '@/lib/i18n/client';
import { RunRow } from './run-row';

export function RunsTable({ caption, runs, pages, showTable = true }: { caption: string; runs?: Run[]; pages?: Run[][]; showTable?: boolean }) {
  const { t } = useI18n();
  const f = t.etl.fields;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{f.started}</Th>
          {showTable && <Th>{f.table}</Th>}
          <Th>{f.mode}</Th>
          <Th>{f.trigger}</Th>
          <Th>{f.status}</Th>
          <Th>{f.rows}</Th>
          <Th align="right">{f.duration}</Th>
        </tr>
      </thead>
      {(pages ?? [runs ?? []]).map((page, index) => (
        <tbody key={index}>
          {page.map((run) => <RunRow key={run.id} run={run} showTable={showTable} />)}
        </tbody>
      ))}
    </Table>
  );
}
