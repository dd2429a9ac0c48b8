-- productivity_data: one row per (fecha_foto, correo_agente, archivo): a call
-- centre agent's actions on one campaign that day, not cumulative (SPEC §3, §4).
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.mart_productivity_data` AS
WITH agents AS (
  -- One row per agent e-mail, so a duplicated roster row never doubles an action.
  SELECT
    LOWER(TRIM(correo_agente)) AS correo_agente,
    ANY_VALUE(nombre_agente) AS nombre_agente,
    ANY_VALUE(dni_agente) AS dni_agente,
    ANY_VALUE(equipo) AS equipo
  FROM `mibot-222814.BI_USA.agents`
  GROUP BY 1
),
per_agent AS (
  SELECT
    x.fecha AS fecha_foto,
    x.correo_agente,
    x.archivo,
    COUNT(*) AS total_gestiones,
    COUNTIF(x.contacto_directo) AS contactos_efectivos,
    COUNTIF(x.es_pdp) AS total_pdp,
    SUM(x.monto_compromiso) AS monto_compromiso,
    SUM(x.peso) AS peso_total
  FROM `mibot-222814.BI_USA.stg_actions` AS x
  WHERE x.canal = 'HUMANO' AND x.correo_agente IS NOT NULL
  GROUP BY x.fecha, x.correo_agente, x.archivo
)
SELECT
  p.fecha_foto,
  p.correo_agente,
  p.archivo,
  -- An agent missing from the roster still appears, with empty details.
  IFNULL(g.nombre_agente, '') AS nombre_agente,
  IFNULL(g.dni_agente, '') AS dni_agente,
  IFNULL(g.equipo, '') AS equipo,
  p.total_gestiones,
  p.contactos_efectivos,
  p.total_pdp,
  ROUND(p.monto_compromiso, 2) AS monto_compromiso,
  ROUND(p.peso_total, 2) AS peso_total,
  IFNULL(SAFE_DIVIDE(100 * p.contactos_efectivos, p.total_gestiones), 0) AS tasa_contacto,
  IFNULL(SAFE_DIVIDE(100 * p.total_pdp, p.contactos_efectivos), 0) AS tasa_conversion,
  -- Linear in the counts, so the score of summed rows is the sum of their scores.
  0.4 * p.total_gestiones + 0.35 * p.contactos_efectivos + 0.25 * p.total_pdp AS score_productividad
FROM per_agent AS p
LEFT JOIN agents AS g
  ON g.correo_agente = p.correo_agente;
