-- operation_data: one row per (fecha_foto, hora, canal, archivo): the actions
-- of that hour (Lima time) and channel, not cumulative (SPEC §3, §4).
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.mart_operation_data` AS
SELECT
  fecha AS fecha_foto,
  hora,
  canal,
  archivo,
  COUNT(*) AS total_gestiones,
  -- Effective contact = spoke with the debtor (CD or PDP); not effective =
  -- reached someone else (CI). Actions reaching no one count in neither.
  COUNTIF(contacto_directo) AS contactos_efectivos,
  COUNTIF(contacto_indirecto) AS contactos_no_efectivos,
  COUNTIF(es_pdp) AS total_pdp,
  SUM(duracion_seg) AS duracion_seg,
  IFNULL(SAFE_DIVIDE(100 * COUNTIF(contacto_directo), COUNT(*)), 0) AS tasa_contacto,
  IFNULL(SAFE_DIVIDE(100 * COUNTIF(es_pdp), COUNTIF(contacto_directo)), 0) AS tasa_conversion
FROM `mibot-222814.BI_USA.stg_actions`
GROUP BY fecha, hora, canal, archivo;
