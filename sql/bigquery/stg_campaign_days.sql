-- Every day of every campaign, from its opening to its last day of management
-- (its closing date, or today while it is open), numbered in business days.
-- One definition of "the campaign's days" for every mart (SPEC §3, dia_gestion).
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.stg_campaign_days` AS
WITH campaigns AS (
  SELECT
    archivo,
    fecha_apertura,
    -- Open campaigns run up to today in Lima; nothing is reported for the future.
    LEAST(IFNULL(fecha_cierre, CURRENT_DATE('America/Lima')), CURRENT_DATE('America/Lima')) AS fecha_fin
  FROM `mibot-222814.BI_USA.campaign_calendar`
),
holidays AS (
  SELECT DISTINCT fecha FROM `mibot-222814.BI_USA.business_holidays`
),
days AS (
  SELECT
    c.archivo,
    c.fecha_apertura,
    c.fecha_fin,
    dia AS fecha,
    -- A business day (día hábil): Monday to Saturday (the centre works Saturdays) and not a holiday.
    EXTRACT(DAYOFWEEK FROM dia) BETWEEN 2 AND 7 AND h.fecha IS NULL AS es_habil
  FROM campaigns AS c
  -- No rows when the opening is still ahead (the array is empty).
  CROSS JOIN UNNEST(GENERATE_DATE_ARRAY(c.fecha_apertura, c.fecha_fin)) AS dia
  LEFT JOIN holidays AS h ON h.fecha = dia
)
SELECT
  archivo,
  fecha,
  fecha_apertura,
  fecha_fin,
  es_habil,
  -- The n-th business day since the opening (1, 2, …); a weekend or holiday
  -- keeps the number of the business day before it (0 before the first one).
  COUNTIF(es_habil) OVER (
    PARTITION BY archivo ORDER BY fecha ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ) AS dia_gestion
FROM days;
