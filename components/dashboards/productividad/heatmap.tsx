'use client';
// The heatmap: the page's best agents (rows) by day (columns), each cell
// shaded by the quintile of its score among the cells shown (one outstanding
// day would otherwise wash out the rest). A table, so a screen reader walks
// it like one; each cell also says its figures in words.
import { Card } from '@/components/ui/card';
import type { ProductivityData } from '@/lib/dashboards/types';
import { addDays } from '@/lib/etl/window';
import { useI18n } from '@/lib/i18n/client';

const SHADES = ['bg-sky-100', 'bg-sky-200', 'bg-sky-300', 'bg-sky-500', 'bg-sky-700'];

export function Heatmap({ data }: { data: ProductivityData }) {
  const { t, fmt } = useI18n();
  const p = t.dashboards.productividad;
  const { desde, hasta, cells } = data.heatmap;
  if (!desde || cells.length === 0) return null;
  const days: string[] = [];
  for (let day = desde; day <= hasta; day = addDays(day, 1)) days.push(day);
  const key = (correo: string, equipo: string) => `${correo}/${equipo}`;
  const byCell = new Map(cells.map((c) => [`${key(c.correoAgente, c.equipo)}@${c.fecha}`, c]));
  const agents = data.ranking.filter((r) => cells.some((c) => c.correoAgente === r.correoAgente && c.equipo === r.equipo));
  const scores = cells.map((c) => c.score).sort((a, b) => a - b);
  const limits = SHADES.slice(1).map((_, i) => scores[Math.floor(((i + 1) * scores.length) / SHADES.length)]);
  const shade = (score: number) => SHADES[limits.filter((limit) => score >= limit).length];
  return (
    <Card title={p.heatmap} description={p.heatmapDescription(agents.length, fmt.date(desde), fmt.date(hasta))}>
      <div className="-mx-5 -my-4 overflow-x-auto px-5 py-4">
        <table className="border-separate border-spacing-0.5 text-xs" data-testid="heatmap">
          <caption className="sr-only">{p.heatmapCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="sr-only">{t.dashboards.metrics.agente}</th>
              {days.map((d) => <th key={d} scope="col" title={fmt.date(d)} className="w-6 font-normal text-slate-500">{Number(d.slice(8))}</th>)}
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={key(agent.correoAgente, agent.equipo)}>
                <th scope="row" className="whitespace-nowrap pr-3 text-left font-normal text-slate-700">
                  <span className="tabular-nums text-slate-500">{agent.rank}.</span> {agent.nombreAgente}
                </th>
                {days.map((d) => {
                  const cell = byCell.get(`${key(agent.correoAgente, agent.equipo)}@${d}`);
                  const label = cell ? p.cell(agent.nombreAgente, fmt.date(d), fmt.number(cell.score, 2), fmt.number(cell.totalGestiones)) : `${agent.nombreAgente}, ${fmt.date(d)}: ${p.noActivity}`;
                  return <td key={d} title={label} aria-label={label} className={`h-5 w-6 rounded-sm ${cell ? shade(cell.score) : 'bg-slate-50'}`} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 flex items-center gap-1 text-xs text-slate-500" aria-hidden>
          {p.less} {SHADES.map((s) => <span key={s} className={`inline-block h-3 w-4 rounded-sm ${s}`} />)} {p.more}
        </p>
      </div>
    </Card>
  );
}
