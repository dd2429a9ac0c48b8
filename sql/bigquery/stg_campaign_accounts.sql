-- The accounts assigned to each campaign, once each, with the campaign's
-- cartera, periodo and assignment date.
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.stg_campaign_accounts` AS
SELECT
  a.archivo,
  c.cartera,
  c.periodo,
  c.fecha_asignacion,
  a.cuenta,
  a.cod_cliente,
  UPPER(TRIM(a.servicio)) AS servicio,
  IFNULL(a.deuda_asignada, 0) AS deuda_asignada
FROM `mibot-222814.BI_USA.campaign_accounts` AS a
JOIN `mibot-222814.BI_USA.campaign_calendar` AS c USING (archivo)
WHERE TRUE
-- An assignment file loaded twice must not count an account twice: the latest load wins.
QUALIFY ROW_NUMBER() OVER (PARTITION BY a.archivo, a.cuenta ORDER BY a.cargado_en DESC) = 1;
