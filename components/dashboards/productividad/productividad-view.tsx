'use client';
// Productividad: the agents ranked by score with their quartile, a page at a
// time (the page in the URL), and the daily heatmap of the page's best agents.
import { Button } from '@/components/ui/button';
import type { UrlFilters } from '@/lib/client/dashboards';
import { HEATMAP_AGENTS } from '@/lib/dashboards/view-options';
import type { ProductivityData } from '@/lib/dashboards/types';
import { useI18n } from '@/lib/i18n/client';
import { DashboardView } from '../dashboard-view';
import { DataTable } from '../data-table';
import { periodSlug } from '../period-slug';
import { useRankingColumns } from './columns';
import { Heatmap } from './heatmap';

/** One page of the ranking: as many agents as the heatmap shows, so the two read together. */
export const PAGE_SIZE = HEATMAP_AGENTS;

export function ProductividadView() {
  return (
    <DashboardView<ProductivityData> dashboard="productivity" periodOf={(d) => d.period}
      view={(params): Record<string, string | number> => ({ limit: PAGE_SIZE, ...(params.get('offset') ? { offset: params.get('offset')! } : {}) })}>
      {(data, url) => <Productividad data={data} url={url} />}
    </DashboardView>
  );
}

function Productividad({ data, url }: { data: ProductivityData; url: UrlFilters }) {
  const { t } = useI18n();
  const p = t.dashboards.productividad;
  const columns = useRankingColumns();
  const offset = Number(url.params.get('offset') ?? 0) || 0;
  const goTo = (next: number) => url.update({ offset: next > 0 ? String(next) : null });
  const paging = (
    <div className="flex gap-2">
      <Button onClick={() => goTo(Math.max(0, offset - PAGE_SIZE))} disabled={offset === 0}>← {p.previousPage}</Button>
      <Button onClick={() => goTo(offset + PAGE_SIZE)} disabled={offset + PAGE_SIZE >= data.totalAgentes}>{p.nextPage} →</Button>
    </div>
  );
  const first = data.ranking.length ? offset + 1 : 0;
  return (
    <>
      <DataTable title={p.ranking} description={`${p.rankingDescription(first, offset + data.ranking.length, data.totalAgentes)} · ${p.quartileHint}`}
        caption={p.rankingCaption} name="productividad-ranking" period={periodSlug(data.period)} actions={paging}
        columns={columns} rows={data.ranking} rowKey={(r) => `${r.correoAgente}/${r.equipo}`} />
      <Heatmap data={data} />
    </>
  );
}
