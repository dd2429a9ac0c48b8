// productivity_data's rollups. rollup_productivity_agents gives each agent
// (per equipo) a small integer id; rollup_productivity_running holds, for
// every agent and every calendar day from its first, the running totals up to
// that day, so a period's sums are cum(hasta) − cum(desde − 1): two narrow
// rows per agent, whatever the period's length.
import type { RollupWindow, Tx } from './window';

const RUNNING = ['dias', 'total_gestiones', 'contactos_efectivos', 'total_pdp', 'monto_compromiso', 'peso_total'] as const;

export async function refreshProductivityRollups(tx: Tx, window: RollupWindow) {
  await refreshAgents(tx, window);
  // Recompute from the last day kept before the window; without one, everything.
  const [{ kept }] = window.start === null
    ? [{ kept: null }]
    : await tx<{ kept: string | null }[]>`
        SELECT max(fecha_foto)::text AS kept FROM rollup_productivity_running WHERE fecha_foto < ${window.start}::date`;
  if (kept === null) {
    await tx`DELETE FROM rollup_productivity_running`;
    // A rebuild sorts millions of rows; give it the memory for this transaction only.
    await tx`SET LOCAL work_mem = '256MB'`;
  } else {
    await tx`DELETE FROM rollup_productivity_running WHERE fecha_foto > ${kept}::date`;
  }
  const after = kept === null ? tx`true` : tx`d.fecha_foto > ${kept}::date`;
  const list = tx.unsafe(RUNNING.join(', '));
  await tx`
    WITH daily AS (
      SELECT d.fecha_foto, a.agente_id, 1 AS dias, sum(d.total_gestiones) AS total_gestiones,
             sum(d.contactos_efectivos) AS contactos_efectivos, sum(d.total_pdp) AS total_pdp,
             sum(d.monto_compromiso) AS monto_compromiso, sum(d.peso_total) AS peso_total
        FROM productivity_data d JOIN rollup_productivity_agents a USING (correo_agente, equipo)
       WHERE ${after}
       GROUP BY d.fecha_foto, a.agente_id),
    -- The totals kept at the day before are the first step; each day worked adds one.
    steps AS (
      SELECT fecha_foto, agente_id, ${list} FROM rollup_productivity_running
       WHERE ${kept === null ? tx`false` : tx`fecha_foto = ${kept}::date`}
      UNION ALL SELECT fecha_foto, agente_id, ${list} FROM daily),
    running AS (
      SELECT fecha_foto, agente_id, lead(fecha_foto) OVER w AS next_step,
             ${tx.unsafe(RUNNING.map((c) => `sum(${c}) OVER w AS ${c}`).join(', '))}
        FROM steps
      WINDOW w AS (PARTITION BY agente_id ORDER BY fecha_foto))
    INSERT INTO rollup_productivity_running (fecha_foto, agente_id, ${list})
    -- Each step's totals hold on every calendar day until the next (up to the mart's last day), so any date finds its row.
    SELECT day::date, agente_id, ${list}
      FROM running,
           generate_series(fecha_foto, coalesce(next_step - 1, (SELECT max(fecha_foto) FROM productivity_data)), INTERVAL '1 day') day
     WHERE ${kept === null ? tx`true` : tx`day > ${kept}::date`}
     ORDER BY 1, 2`;
  // Retention dropped the mart's oldest days: keep the day before its first as the baseline to subtract.
  await tx`DELETE FROM rollup_productivity_running WHERE fecha_foto < (SELECT min(fecha_foto) - 1 FROM productivity_data)`;
}

/**
 * Agents seen in the window get an id (kept for good: the running totals
 * refer to it) and the greatest name and DNI seen — the roster's, the same on
 * every row of an agent.
 */
async function refreshAgents(tx: Tx, window: RollupWindow) {
  const inWindow = window.start === null
    ? tx`fecha_foto <= ${window.end}::date`
    : tx`fecha_foto BETWEEN ${window.start}::date AND ${window.end}::date`;
  await tx`
    INSERT INTO rollup_productivity_agents AS a (correo_agente, equipo, nombre_agente, dni_agente, ultima_fecha)
    SELECT correo_agente, equipo, max(nombre_agente), max(dni_agente), max(fecha_foto)
      FROM productivity_data WHERE ${inWindow}
     GROUP BY correo_agente, equipo
     ORDER BY correo_agente, equipo
    ON CONFLICT (correo_agente, equipo) DO UPDATE
       SET nombre_agente = greatest(a.nombre_agente, EXCLUDED.nombre_agente),
           dni_agente = greatest(a.dni_agente, EXCLUDED.dni_agente),
           ultima_fecha = greatest(a.ultima_fecha, EXCLUDED.ultima_fecha)`;
}
