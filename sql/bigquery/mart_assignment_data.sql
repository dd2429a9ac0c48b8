-- assignment_data: one row per (periodo, archivo, cartera) describing what was
-- assigned, incremental by fecha_asignacion (SPEC §3, §4).
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.mart_assignment_data` AS
WITH last_day AS (
  -- The campaign's last day so far: its closing date, or today while it is open.
  SELECT archivo, MAX(fecha) AS fecha_fin
  FROM `mibot-222814.BI_USA.stg_campaign_days`
  GROUP BY archivo
)
SELECT
  a.periodo,
  a.archivo,
  a.cartera,
  a.fecha_asignacion,
  COUNT(DISTINCT a.cod_cliente) AS clientes,
  COUNT(*) AS cuentas,
  ROUND(SUM(a.deuda_asignada), 2) AS deuda_asig,
  -- The debt in the latest snapshot on or before the campaign's last day
  -- (the assigned debt for an account without one, or a campaign not yet open).
  ROUND(SUM(IFNULL(s.deuda, a.deuda_asignada)), 2) AS deuda_actual,
  -- Average assigned debt per account; 0 for a campaign without accounts.
  ROUND(IFNULL(SAFE_DIVIDE(SUM(a.deuda_asignada), COUNT(*)), 0), 2) AS ticket_promedio
FROM `mibot-222814.BI_USA.stg_campaign_accounts` AS a
LEFT JOIN last_day AS l
  ON l.archivo = a.archivo
LEFT JOIN `mibot-222814.BI_USA.stg_debt_in_force` AS s
  ON s.cuenta = a.cuenta
  AND IFNULL(l.fecha_fin, a.fecha_asignacion) BETWEEN s.vigente_desde AND s.vigente_hasta
GROUP BY a.periodo, a.archivo, a.cartera, a.fecha_asignacion;
