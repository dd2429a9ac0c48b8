'use client';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import type { JobErrorRow } from '@/lib/timescale/views';

export function JobErrors({ errors, recorded }: { errors: JobErrorRow[]; recorded: boolean }) {
  const { t, fmt } = useI18n();
  const j = t.timescale.jobs;
  return (
    <div className="mt-5">
      <h3 className="text-sm font-medium text-slate-800">{j.errors}</h3>
      {!recorded ? <p className="mt-1 text-sm text-slate-600">{j.errorsNotRecorded}</p>
        : errors.length === 0 ? <p className="mt-1 text-sm text-slate-600">{j.noErrors}</p> : (
          <Table caption={j.errorsCaption}>
            <thead><tr><Th align="right">{j.job}</Th><Th>{j.procedure}</Th><Th>{j.when}</Th><Th>{j.code}</Th><Th>{j.message}</Th></tr></thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={`${e.jobId}-${e.startedAt}-${i}`}>
                  <Td align="right">{e.jobId}</Td><Td mono>{e.procedure}</Td><Td>{fmt.dateTime(e.startedAt)}</Td><Td mono>{e.sqlState ?? '—'}</Td>
                  <Td>
                    <span lang="en" className="text-rose-800">{e.message ?? '—'}</span>
                    {e.licenseRefused && <span className="ml-2"><Badge tone="amber">{j.licenseRefused}</Badge></span>}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
    </div>
  );
}
