-- dashboard_data: one row per (fecha_foto, archivo, cartera, servicio), every
-- figure counted from the campaign's opening up to fecha_foto (SPEC §4).
-- Needs the stg_* views (see README.md); definitions in docs/metrics.md.
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.mart_dashboard_data` AS
WITH progress AS (
  -- Per assigned account: the first day it reached each result level.
  SELECT
    a.archivo, a.cartera, a.servicio, a.cuenta, a.cod_cliente, a.deuda_asignada,
    MIN(x.fecha) AS primera_gestion,
    MIN(IF(x.contactado, x.fecha, NULL)) AS primer_contacto,
    MIN(IF(x.contacto_directo, x.fecha, NULL)) AS primer_contacto_directo,
    MIN(IF(x.es_pdp, x.fecha, NULL)) AS primera_pdp
  FROM `mibot-222814.BI_USA.stg_campaign_accounts` AS a
  LEFT JOIN `mibot-222814.BI_USA.stg_actions` AS x
    ON x.archivo = a.archivo AND x.cuenta = a.cuenta
  GROUP BY a.archivo, a.cartera, a.servicio, a.cuenta, a.cod_cliente, a.deuda_asignada
),
account_days AS (
  -- Each account on each day of its campaign: its best result so far, and its
  -- debt in the latest snapshot on or before that day (the assigned debt until
  -- its first snapshot). Since primer_contacto_directo >= primer_contacto >=
  -- primera_gestion, the four levels below never overlap.
  SELECT
    d.fecha AS fecha_foto,
    p.archivo, p.cartera, p.servicio, p.cod_cliente, p.deuda_asignada,
    IFNULL(p.primera_gestion <= d.fecha, FALSE) AS gestionada,
    IFNULL(p.primer_contacto <= d.fecha, FALSE) AS contactada,
    IFNULL(p.primer_contacto_directo <= d.fecha, FALSE) AS directa,
    IFNULL(p.primera_pdp <= d.fecha, FALSE) AS con_pdp,
    IFNULL(s.deuda, p.deuda_asignada) AS deuda_actual
  FROM progress AS p
  JOIN `mibot-222814.BI_USA.stg_campaign_days` AS d
    ON d.archivo = p.archivo
  LEFT JOIN `mibot-222814.BI_USA.stg_debt_in_force` AS s
    ON s.cuenta = p.cuenta AND d.fecha BETWEEN s.vigente_desde AND s.vigente_hasta
),
accounts AS (
  SELECT
    fecha_foto, archivo, cartera, servicio,
    COUNT(*) AS cuentas,
    COUNT(DISTINCT cod_cliente) AS clientes,
    SUM(deuda_asignada) AS deuda_asig,
    SUM(deuda_actual) AS deuda_act,
    COUNTIF(gestionada) AS cuentas_gestionadas,
    -- Exactly one of cd / ci / sc / sg per account: cd + ci + sc + sg = cuentas.
    COUNTIF(directa) AS cuentas_cd,
    COUNTIF(contactada AND NOT directa) AS cuentas_ci,
    COUNTIF(gestionada AND NOT contactada) AS cuentas_sc,
    COUNTIF(NOT gestionada) AS cuentas_sg,
    COUNTIF(con_pdp) AS cuentas_pdp
  FROM account_days
  GROUP BY fecha_foto, archivo, cartera, servicio
),
daily AS (
  -- Actions and valid payments per campaign, servicio and day…
  SELECT archivo, servicio, fecha, SUM(gestiones) AS gestiones, SUM(pagos) AS pagos
  FROM (
    SELECT archivo, servicio, fecha, 1 AS gestiones, NUMERIC '0' AS pagos
    FROM `mibot-222814.BI_USA.stg_actions`
    UNION ALL
    SELECT archivo, servicio, fecha_pago, 0, monto
    FROM `mibot-222814.BI_USA.stg_payments`
  )
  GROUP BY archivo, servicio, fecha
),
running AS (
  -- …accumulated from the opening up to each fecha_foto.
  SELECT
    a.fecha_foto, a.archivo, a.servicio,
    SUM(IFNULL(d.gestiones, 0)) OVER w AS total_gestiones,
    SUM(IFNULL(d.pagos, 0)) OVER w AS recupero
  FROM accounts AS a
  LEFT JOIN daily AS d
    ON d.archivo = a.archivo AND d.servicio = a.servicio AND d.fecha = a.fecha_foto
  WINDOW w AS (
    PARTITION BY a.archivo, a.servicio ORDER BY a.fecha_foto
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  )
)
SELECT
  a.fecha_foto,
  a.archivo,
  a.cartera,
  a.servicio,
  a.cuentas,
  a.clientes,
  ROUND(a.deuda_asig, 2) AS deuda_asig,
  ROUND(a.deuda_act, 2) AS deuda_act,
  a.cuentas_gestionadas,
  a.cuentas_cd,
  a.cuentas_ci,
  a.cuentas_sc,
  a.cuentas_sg,
  a.cuentas_pdp,
  r.total_gestiones,
  ROUND(r.recupero, 2) AS recupero,
  -- Percentages 0–100; SAFE_DIVIDE gives NULL for a zero denominator, reported as 0.
  IFNULL(SAFE_DIVIDE(100 * a.cuentas_gestionadas, a.cuentas), 0) AS pct_cober,
  IFNULL(SAFE_DIVIDE(100 * (a.cuentas_cd + a.cuentas_ci), a.cuentas), 0) AS pct_contac,
  IFNULL(SAFE_DIVIDE(100 * a.cuentas_cd, a.cuentas), 0) AS pct_cd,
  IFNULL(SAFE_DIVIDE(100 * a.cuentas_ci, a.cuentas), 0) AS pct_ci,
  IFNULL(SAFE_DIVIDE(100 * a.cuentas_pdp, a.cuentas_cd), 0) AS pct_conversion,
  IFNULL(SAFE_DIVIDE(100 * a.cuentas_pdp, a.cuentas_gestionadas), 0) AS pct_efectividad,
  IFNULL(CAST(SAFE_DIVIDE(100 * r.recupero, a.deuda_asig) AS FLOAT64), 0) AS pct_cierre,
  -- Intensity: actions per managed account (a ratio, not a percentage).
  IFNULL(SAFE_DIVIDE(r.total_gestiones, a.cuentas_gestionadas), 0) AS inten
FROM accounts AS a
JOIN running AS r
  ON r.fecha_foto = a.fecha_foto AND r.archivo = a.archivo AND r.servicio = a.servicio;
