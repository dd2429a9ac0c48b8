// The server's settings beside the seed's production recommendations:
// mismatches highlighted, each with why it matters.
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { SettingRow } from '@/lib/db/settings';
import { getI18n } from '@/lib/i18n/server';

export async function SettingsCard({ settings }: { settings: SettingRow[] }) {
  const { t } = await getI18n();
  const s = t.database.settings;
  const matching = settings.filter((r) => r.matches).length;
  return (
    <Card title={s.title} description={s.description(matching, settings.length)}>
      <p className="mb-3 text-sm text-slate-600">{s.note}</p>
      <Table caption={s.caption}>
        <thead>
          <tr><Th>{s.name}</Th><Th>{s.current}</Th><Th>{s.recommended}</Th><Th>{s.state}</Th><Th>{s.why}</Th></tr>
        </thead>
        <tbody>
          {settings.map((r) => (
            <tr key={r.name} data-testid={`setting-${r.name}`} data-matches={r.matches} className={r.matches ? '' : 'bg-amber-50/70'}>
              <Td mono>{r.name}</Td>
              <Td mono>
                <span className={r.matches ? '' : 'font-semibold text-amber-900'}>{r.current === null ? '—' : r.current === '' ? s.empty : r.current}</span>
                {r.source && r.source !== 'default' && <span className="block font-sans text-slate-500">{s.source(r.source)}</span>}
              </Td>
              <Td mono>{r.recommended}</Td>
              <Td>
                {r.current === null ? <Badge tone="gray">{s.absent}</Badge>
                  : r.matches ? <Badge tone="green">{s.matches}</Badge> : <Badge tone="amber">{s.differs}</Badge>}
              </Td>
              <Td>
                <span className="text-slate-700">{r.current === null ? `${s.reasons[r.name] ?? r.why} ${s.absentWhy}` : s.reasons[r.name] ?? r.why}</span>
                {!r.matches && r.restartRequired && <span className="block text-xs text-slate-500">{s.restart}</span>}
                {r.pendingRestart && <span className="block text-xs text-amber-800">{s.pendingRestart}</span>}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
