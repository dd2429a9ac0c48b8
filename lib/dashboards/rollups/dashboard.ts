// dashboard_data's two rollups. rollup_dashboard_daily sums each day's
// snapshots per cartera and servicio (the integral chart); rollup_dashboard_campaigns
// keeps each campaign's first and last snapshot day and its last snapshot, so
// "each campaign at its latest snapshot in the period" needs no scan of the period.
import type postgres from 'postgres';
import { DASHBOARD_AMOUNTS, DASHBOARD_COUNTS } from '../metrics';
import { beforeOldest, inWindow, type RollupWindow, type Tx } from './window';

const SUMMED = [...DASHBOARD_COUNTS, ...DASHBOARD_AMOUNTS];

export async function refreshDashboardRollups(tx: Tx, window: RollupWindow) {
  // Column lists as text: postgres.js reads an array helper right after INSERT as rows to insert.
  const columns = tx.unsafe(SUMMED.join(', '));
  const sums = tx.unsafe(SUMMED.map((c) => `sum(${c})`).join(', '));
  await tx`DELETE FROM rollup_dashboard_daily WHERE ${inWindow(tx, window)} OR ${beforeOldest(tx, 'dashboard_data')}`;
  await tx`
    INSERT INTO rollup_dashboard_daily (fecha_foto, cartera, servicio, ${columns})
    SELECT fecha_foto, cartera, servicio, ${sums} FROM dashboard_data WHERE ${inWindow(tx, window)}
     GROUP BY fecha_foto, cartera, servicio`;

  // A campaign's span and last snapshot change only if it had rows in the window, before or after
  // the merge, or if retention dropped its first days.
  const overlapsWindow = window.start === null
    ? tx`primera_fecha <= ${window.end}::date`
    : tx`primera_fecha <= ${window.end}::date AND ultima_fecha >= ${window.start}::date`;
  const snapshot = tx.unsafe(['primera_fecha', 'ultima_fecha', ...SUMMED].join(', '));
  await tx`
    WITH affected AS (
      SELECT archivo, cartera, servicio FROM rollup_dashboard_campaigns
       WHERE ${overlapsWindow} OR ${beforeOldest(tx, 'dashboard_data', 'primera_fecha')}
      UNION
      SELECT DISTINCT archivo, cartera, servicio FROM dashboard_data WHERE ${inWindow(tx, window)})
    INSERT INTO rollup_dashboard_campaigns (archivo, cartera, servicio, ${snapshot})
    SELECT DISTINCT ON (d.archivo, d.cartera, d.servicio) d.archivo, d.cartera, d.servicio,
           min(d.fecha_foto) OVER (PARTITION BY d.archivo, d.cartera, d.servicio), d.fecha_foto,
           ${tx.unsafe(SUMMED.map((c) => `d.${c}`).join(', '))}
      FROM affected a JOIN dashboard_data d USING (archivo, cartera, servicio)
     ORDER BY d.archivo, d.cartera, d.servicio, d.fecha_foto DESC
    ON CONFLICT (archivo, cartera, servicio) DO UPDATE
       SET ${tx.unsafe(['primera_fecha', 'ultima_fecha', ...SUMMED].map((c) => `${c} = EXCLUDED.${c}`).join(', '))}`;
  // Campaigns whose every row vanished from the source, and those retention dropped.
  await tx`
    DELETE FROM rollup_dashboard_campaigns r
     WHERE (${overlapsWindow} AND NOT EXISTS (
             SELECT 1 FROM dashboard_data d WHERE (d.archivo, d.cartera, d.servicio) = (r.archivo, r.cartera, r.servicio)))
        OR ${beforeOldest(tx, 'dashboard_data', 'ultima_fecha')}`;
}
