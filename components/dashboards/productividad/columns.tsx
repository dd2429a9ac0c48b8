'use client';
// The ranking's columns: rank and quartile, who, and the period's sums and rates.
import { useMemo } from 'react';
import { Badge, type Tone } from '@/components/ui/badge';
import type { AgentRankingRow } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import type { Column } from '../data-table';
import { metricColumns } from '../metric-columns';

const QUARTILE_TONE: Record<AgentRankingRow['quartile'], Tone> = { 1: 'green', 2: 'blue', 3: 'amber', 4: 'red' };

export function useRankingColumns(): Column<AgentRankingRow>[] {
  const { t, fmt } = useI18n();
  return useMemo(() => {
    const m = t.dashboards.metrics;
    const { count, percent, soles } = metricColumns<AgentRankingRow>(t, fmt);
    // Who and the score first, so a laptop screen shows them without scrolling; the e-mail last.
    return [
      { key: 'rank', label: m.rank, value: (r) => r.rank },
      { key: 'quartile', label: m.quartile, value: (r) => r.quartile, align: 'left',
        render: (r) => <Badge tone={QUARTILE_TONE[r.quartile]}>{t.dashboards.productividad.quartile(r.quartile)}</Badge> },
      { key: 'agente', label: m.agente, value: (r) => r.nombreAgente, align: 'left' },
      { ...count('score'), render: (r) => <strong>{fmt.number(r.score, 2)}</strong> },
      { key: 'equipo', label: m.equipo, value: (r) => r.equipo, align: 'left' },
      count('totalGestiones'), count('contactosEfectivos'), count('totalPdp'),
      percent('tasaContacto'), percent('tasaConversion'), soles('montoCompromiso'),
      count('diasTrabajados'),
      { key: 'correo', label: m.correo, value: (r) => r.correoAgente, align: 'left', render: (r) => <span className="font-mono text-xs text-slate-600">{r.correoAgente}</span> },
    ];
  }, [t, fmt]);
}
