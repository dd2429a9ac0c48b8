-- evolution_data: one row per (fecha_foto, archivo) on each business day of the
-- campaign, the day-by-day series of its cumulative progress (SPEC §3, §4).
-- Built from mart_dashboard_data so both can never disagree: the servicios are
-- summed (counts and amounts) and every ratio is recomputed from the sums.
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.mart_evolution_data` AS
WITH campaign_totals AS (
  SELECT
    fecha_foto,
    archivo,
    cartera,
    SUM(cuentas) AS cuentas,
    SUM(cuentas_gestionadas) AS cuentas_gestionadas,
    SUM(cuentas_cd + cuentas_ci) AS cuentas_contactadas,
    SUM(cuentas_pdp) AS cuentas_pdp,
    SUM(total_gestiones) AS total_gestiones,
    SUM(deuda_asig) AS deuda_asig,
    SUM(recupero) AS recupero
  FROM `mibot-222814.BI_USA.mart_dashboard_data`
  GROUP BY fecha_foto, archivo, cartera
)
SELECT
  t.fecha_foto,
  t.archivo,
  t.cartera,
  d.dia_gestion,
  t.cuentas,
  t.cuentas_gestionadas,
  t.cuentas_contactadas,
  t.cuentas_pdp,
  t.total_gestiones,
  t.deuda_asig,
  t.recupero,
  IFNULL(SAFE_DIVIDE(100 * t.cuentas_gestionadas, t.cuentas), 0) AS pct_cober,
  IFNULL(SAFE_DIVIDE(100 * t.cuentas_contactadas, t.cuentas), 0) AS pct_contac,
  IFNULL(SAFE_DIVIDE(100 * t.cuentas_pdp, t.cuentas_gestionadas), 0) AS pct_efectividad,
  IFNULL(CAST(SAFE_DIVIDE(100 * t.recupero, t.deuda_asig) AS FLOAT64), 0) AS pct_cierre
FROM campaign_totals AS t
JOIN `mibot-222814.BI_USA.stg_campaign_days` AS d
  ON d.archivo = t.archivo AND d.fecha = t.fecha_foto
-- The series has one point per business day (dia_gestion 1, 2, …).
WHERE d.es_habil;
