'use client';
import { Card } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { SchemaProblem } from '@/lib/etl/validate';

export function SchemaCard({ problems }: { problems: SchemaProblem[] }) {
  const { t } = useI18n();
  const s = t.validation.schema;
  return (
    <Card title={s.title} description={s.description}>
      {problems.length === 0 ? <p className="text-sm text-emerald-800" data-testid="schema-ok">✓ {s.ok}</p> : (
        <Table caption={s.caption}>
          <thead><tr><Th>{s.column}</Th><Th>{s.problem}</Th></tr></thead>
          <tbody>
            {problems.map((p) => (
              <tr key={`${p.column}-${p.problem}`} className="bg-rose-50/70">
                <Td mono>{p.column}</Td><Td><span lang="en" className="text-rose-900">{p.problem}</span></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
