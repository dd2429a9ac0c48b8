-- Each account's debt snapshots with the days each one is in force: from its
-- date to the day before the account's next snapshot. "The debt on day D" is
-- the snapshot whose interval contains D: the latest one on or before D.
CREATE OR REPLACE VIEW `mibot-222814.BI_USA.stg_debt_in_force` AS
WITH one_per_day AS (
  SELECT cuenta, fecha, deuda
  FROM `mibot-222814.BI_USA.debt_snapshots`
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY cuenta, fecha ORDER BY cargado_en DESC) = 1
)
SELECT
  cuenta,
  deuda,
  fecha AS vigente_desde,
  IFNULL(
    DATE_SUB(LEAD(fecha) OVER (PARTITION BY cuenta ORDER BY fecha), INTERVAL 1 DAY),
    DATE '9999-12-31'
  ) AS vigente_hasta
FROM one_per_day;
