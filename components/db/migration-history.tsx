import { Table, Td, Th } from '@/components/ui/table';
import type { HistoryEntry } from '@/lib/db/migrations';
import { getI18n } from '@/lib/i18n/server';

const SHOWN = 12;

export async function MigrationHistory({ history }: { history: HistoryEntry[] }) {
  const { t, fmt } = await getI18n();
  const m = t.database.migrations;
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-800">{m.history}</h3>
      {history.length === 0 ? <p className="mt-1 text-sm text-slate-600">{m.noHistory}</p> : (
        <Table caption={m.historyCaption}>
          <thead><tr><Th>{m.when}</Th><Th>{m.direction}</Th><Th>{m.migration}</Th><Th align="right">{m.duration}</Th></tr></thead>
          <tbody data-testid="migration-history">
            {history.toReversed().slice(0, SHOWN).map((h, i) => (
              <tr key={`${h.tag}-${h.executedAt.toISOString()}-${i}`}>
                <Td>{fmt.dateTime(h.executedAt)}</Td>
                <Td>{m.directions[h.direction]}</Td>
                <Td mono>{h.tag}</Td>
                <Td align="right">{fmt.duration(h.durationMs / 1000)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
