-- Every collection action (voicebot and call centre) on an assigned account,
-- on one of its campaign's days, with its outcome classified exactly once:
--   PDP (promise to pay, said by the debtor) > CD (direct contact)
--   > CI (indirect contact: someone else) > NC (no one reached).
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.stg_actions` AS
WITH unified AS (
  SELECT
    'BOT' AS canal, action_id, archivo, cuenta, inicio, resultado, duracion_seg, monto_compromiso,
    CAST(NULL AS STRING) AS correo_agente, cargado_en
  FROM `mibot-222814.BI_USA.voicebot_actions`
  UNION ALL
  SELECT
    'HUMANO', action_id, archivo, cuenta, inicio, resultado, duracion_seg, monto_compromiso,
    LOWER(TRIM(correo_agente)), cargado_en
  FROM `mibot-222814.BI_USA.callcenter_actions`
),
deduplicated AS (
  -- A feed reloaded twice must not count an action twice: the latest load wins.
  SELECT * FROM unified
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY canal, action_id ORDER BY cargado_en DESC) = 1
),
classified AS (
  SELECT
    x.*,
    DATE(x.inicio, 'America/Lima') AS fecha,
    EXTRACT(HOUR FROM DATETIME(x.inicio, 'America/Lima')) AS hora,
    -- An outcome missing from the mapping is an action without contact, never dropped.
    IFNULL(m.categoria, 'NC') AS categoria,
    IFNULL(m.peso, 0) AS peso
  FROM deduplicated AS x
  LEFT JOIN `mibot-222814.BI_USA.outcome_mapping` AS m
    ON m.canal = x.canal AND m.resultado = x.resultado
)
SELECT
  c.canal,
  c.action_id,
  c.archivo,
  a.servicio,
  c.cuenta,
  c.correo_agente,
  c.fecha,
  c.hora,
  IFNULL(c.duracion_seg, 0) AS duracion_seg,
  c.categoria,
  c.peso,
  -- A promise to pay is made by the debtor, so it is also a direct contact.
  c.categoria IN ('CD', 'PDP') AS contacto_directo,
  c.categoria = 'CI' AS contacto_indirecto,
  c.categoria IN ('CD', 'CI', 'PDP') AS contactado,
  c.categoria = 'PDP' AS es_pdp,
  IF(c.categoria = 'PDP', IFNULL(c.monto_compromiso, 0), 0) AS monto_compromiso
FROM classified AS c
-- Only accounts assigned to the campaign the action names…
JOIN `mibot-222814.BI_USA.stg_campaign_accounts` AS a
  ON a.archivo = c.archivo AND a.cuenta = c.cuenta
-- …and only on the campaign's days (from its opening to its last day).
JOIN `mibot-222814.BI_USA.stg_campaign_days` AS d
  ON d.archivo = c.archivo AND d.fecha = c.fecha;
