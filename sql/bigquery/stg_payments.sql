-- Valid, de-duplicated payments of assigned accounts, each attributed to the
-- campaign holding the account on the day it was paid.
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.stg_payments` AS
WITH latest AS (
  -- The same payment can arrive more than once (a feed reloaded, a bank
  -- operation registered twice): one row per account and operation, the latest
  -- load wins, so an annulment loaded later removes the payment.
  SELECT *
  FROM `mibot-222814.BI_USA.payments`
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (
    PARTITION BY cuenta, IFNULL(nro_operacion, pago_id) ORDER BY cargado_en DESC
  ) = 1
)
SELECT
  a.archivo,
  a.servicio,
  p.cuenta,
  p.fecha_pago,
  p.monto
FROM latest AS p
JOIN `mibot-222814.BI_USA.stg_campaign_accounts` AS a
  ON a.cuenta = p.cuenta
JOIN `mibot-222814.BI_USA.stg_campaign_days` AS d
  ON d.archivo = a.archivo AND d.fecha = p.fecha_pago
WHERE p.estado = 'VALIDADO'
  AND p.monto > 0;
