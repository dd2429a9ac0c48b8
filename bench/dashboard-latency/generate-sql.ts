// The SQL that generates the benchmark's marts inside the database, step by
// step: campaigns, their daily cumulative snapshots (the demo's saturating
// curves), then each mart from those. bench_u(a, b) is a seeded uniform draw
// and bench_pct(n, d) a §4 percentage; both are created by generate.ts.

export const CAMPAIGN_DAYS = `
  CREATE TABLE bench_campaign AS
  WITH openings AS (
    SELECT d::date AS open, s
      FROM generate_series($1::date - 40, $2::date, INTERVAL '1 day') d, generate_series(0, 3) s
     WHERE extract(isodow FROM d) <> 7 AND bench_u(d::date - DATE '2000-01-01', s) < $3)
  SELECT row_number() OVER (ORDER BY open, s)::int AS id, open,
         open + 27 + floor(bench_u(open - DATE '2000-01-01', 10 + s) * 5)::int AS close,
         (ARRAY['TEMPRANA','ALTAS_NUEVAS','CUOTA_FRACCIONAMIENTO','OTRAS'])[1 + (s + (open - DATE '2000-01-01')) % 4] AS cartera,
         s, open - DATE '2000-01-01' AS k
    FROM openings`;

/** One row per campaign × servicio × day with the cumulative actions so far (the demo's saturating curves follow from it). */
export const SNAPSHOT_DAYS = `
  CREATE TABLE bench_snapshot AS
  WITH plan AS (
    SELECT c.*, sv.servicio, sv.n AS sn,
           'Cartera_Agencia_Cobranding_' || initcap(lower(c.cartera)) || '_' || to_char(c.open, 'YYYYMMDD') AS archivo,
           round((1500 + bench_u(c.k, 20 + c.s) * 6000) * CASE sv.n WHEN 0 THEN 0.65 ELSE 0.35 END)::int AS cuentas,
           (90 + bench_u(c.k, 30 + c.s + sv.n) * 300) * CASE sv.n WHEN 0 THEN 1 ELSE 1.4 END AS ticket,
           0.25 + bench_u(c.k, 40 + c.s + sv.n) * 0.15 AS start_rate,
           6 + bench_u(c.k, 50 + c.s + sv.n) * 4 AS decay,
           0.04 + bench_u(c.k, 60 + c.s + sv.n) * 0.04 AS floor_rate,
           0.7 + bench_u(c.k, 70 + c.s + sv.n) * 0.25 AS cover,
           0.8 + bench_u(c.k, 80 + c.s + sv.n) * 0.18 AS contact_max,
           0.12 + bench_u(c.k, 90 + c.s + sv.n) * 0.23 AS rmax
      FROM bench_campaign c, (VALUES ('MOVIL', 0), ('FIJA', 1)) sv(servicio, n)),
  days AS (
    SELECT p.*, d::date AS fecha, extract(isodow FROM d) <> 7 AS business,
           count(*) FILTER (WHERE extract(isodow FROM d) <> 7) OVER (PARTITION BY p.id, p.servicio ORDER BY d) AS nb
      FROM plan p, generate_series(p.open, p.close, INTERVAL '1 day') d)
  SELECT id, archivo, cartera, servicio, fecha, business, nb::int AS dia_gestion, cuentas,
         floor(cuentas * (0.78 + 0.17 * bench_u(k, 100 + sn)))::int AS clientes,
         round((cuentas * ticket)::numeric, 2) AS deuda, cover, contact_max, rmax,
         round(cuentas * (start_rate * decay * (1 - exp(-nb / decay)) + floor_rate * nb))::int AS gestiones
    FROM days WHERE fecha BETWEEN $1::date AND $2::date`;

export const DASHBOARD = `
  INSERT INTO dashboard_data (fecha_foto, archivo, cartera, servicio, cuentas, clientes, deuda_asig, deuda_act,
    cuentas_gestionadas, cuentas_cd, cuentas_ci, cuentas_sc, cuentas_sg, cuentas_pdp, total_gestiones, recupero,
    pct_cober, pct_contac, pct_cd, pct_ci, pct_conversion, pct_efectividad, pct_cierre, inten)
  SELECT fecha, archivo, cartera, servicio, cuentas, clientes, deuda, deuda - recupero, gest, cd, contacted - cd,
         gest - contacted, cuentas - gest, pdp, gestiones, recupero,
         bench_pct(gest, cuentas), bench_pct(contacted, cuentas), bench_pct(cd, cuentas), bench_pct(contacted - cd, cuentas),
         bench_pct(pdp, cd), bench_pct(pdp, gest), bench_pct(recupero, deuda), bench_pct(gestiones, gest) / 100
    FROM (SELECT s.*, x.gest, x.contacted, x.cd, least(x.cd, floor(cuentas * 0.35 * (1 - exp(-0.35 * x.x))))::int AS pdp,
                 round(deuda * (rmax * (1 - exp(-0.35 * x.x)))::numeric, 2) AS recupero
            FROM bench_snapshot s,
                 LATERAL (SELECT g.x, g.gest, least(g.gest, floor(cuentas * contact_max * (1 - exp(-0.6 * g.x))))::int AS contacted,
                                 least(g.gest, floor(cuentas * contact_max * 0.7 * (1 - exp(-0.6 * g.x))))::int AS cd
                            FROM (SELECT gestiones::float8 / cuentas AS x,
                                         least(cuentas, floor(cuentas * (1 - exp(-cover * gestiones::float8 / cuentas))))::int AS gest) g) x) t`;

export const EVOLUTION = `
  INSERT INTO evolution_data (fecha_foto, archivo, cartera, dia_gestion, cuentas, cuentas_gestionadas, cuentas_contactadas,
    cuentas_pdp, total_gestiones, deuda_asig, recupero, pct_cober, pct_contac, pct_efectividad, pct_cierre)
  SELECT d.fecha_foto, d.archivo, d.cartera, max(s.dia_gestion), sum(d.cuentas), sum(d.cuentas_gestionadas),
         sum(d.cuentas_cd + d.cuentas_ci), sum(d.cuentas_pdp), sum(d.total_gestiones), sum(d.deuda_asig), sum(d.recupero),
         bench_pct(sum(d.cuentas_gestionadas), sum(d.cuentas)), bench_pct(sum(d.cuentas_cd + d.cuentas_ci), sum(d.cuentas)),
         bench_pct(sum(d.cuentas_pdp), sum(d.cuentas_gestionadas)), bench_pct(sum(d.recupero), sum(d.deuda_asig))
    FROM dashboard_data d JOIN bench_snapshot s ON s.fecha = d.fecha_foto AND s.archivo = d.archivo AND s.servicio = d.servicio
   WHERE s.business
   GROUP BY d.fecha_foto, d.archivo, d.cartera`;

export const ASSIGNMENT = `
  INSERT INTO assignment_data (periodo, archivo, cartera, fecha_asignacion, clientes, cuentas, deuda_asig, deuda_actual, ticket_promedio)
  SELECT to_char(c.open, 'YYYY-MM'), l.archivo, l.cartera, c.open, sum(l.clientes), sum(l.cuentas), sum(l.deuda_asig),
         sum(l.deuda_act), round(sum(l.deuda_asig) / sum(l.cuentas), 2)
    FROM (SELECT DISTINCT ON (archivo, servicio) * FROM dashboard_data ORDER BY archivo, servicio, fecha_foto DESC) l
    JOIN (SELECT DISTINCT archivo, id FROM bench_snapshot) s USING (archivo) JOIN bench_campaign c ON c.id = s.id
   GROUP BY 1, 2, 3, 4`;

/**
 * The day's new actions of each campaign, spread over the hours its canal works
 * (BOT 7–21, HUMANO 8–20). Each step is its own subquery (OFFSET 0 keeps it
 * one), so a drawn value is computed once, not once per column that uses it.
 */
export const OPERATION = `
  INSERT INTO operation_data (fecha_foto, hora, canal, archivo, total_gestiones, contactos_efectivos,
    contactos_no_efectivos, total_pdp, duracion_seg, tasa_contacto, tasa_conversion)
  SELECT fecha, hora, canal, archivo, g, ef, g - ef, pdp, g * secs, bench_pct(ef, g), bench_pct(pdp, ef)
    FROM (SELECT *, round(ef * CASE canal WHEN 'BOT' THEN 0.08 ELSE 0.22 END)::int AS pdp
            FROM (SELECT *, round(g * CASE canal WHEN 'BOT' THEN 0.25 ELSE 0.45 END)::int AS ef
                    FROM (SELECT n.fecha, n.archivo, h.hora, h.canal, h.secs,
                                 round(n.nuevas * h.share * (0.8 + 0.4 * bench_u(n.id * 100 + h.hora, n.fecha - DATE '2000-01-01')))::int AS g
                            FROM (SELECT id, archivo, fecha, sum(gestiones) - coalesce(sum(prev), 0) AS nuevas
                                    FROM (SELECT *, lag(gestiones) OVER (PARTITION BY id, servicio ORDER BY fecha) AS prev FROM bench_snapshot) s
                                   WHERE business GROUP BY id, archivo, fecha) n,
                                 (SELECT hora, 'BOT' AS canal, 0.65 / 15 AS share, 45 AS secs FROM generate_series(7, 21) hora
                                  UNION ALL SELECT hora, 'HUMANO', 0.35 / 13, 180 FROM generate_series(8, 20) hora) h
                          OFFSET 0) t1
                  OFFSET 0) t2
          OFFSET 0) t3`;

/** Agents present on a business day take `k` of that day's campaigns (`$3`: the mean k). */
export const PRODUCTIVITY = `
  INSERT INTO productivity_data (fecha_foto, correo_agente, archivo, nombre_agente, dni_agente, equipo, total_gestiones,
    contactos_efectivos, total_pdp, monto_compromiso, peso_total, tasa_contacto, tasa_conversion, score_productividad)
  SELECT fecha, correo, archivo, nombre, dni, equipo, g, ef, pdp, round((pdp * (80 + 200 * bench_u(a, j)))::numeric, 2),
         round(0.25 * (g - ef) + ef + 3 * pdp, 2), bench_pct(ef, g), bench_pct(pdp, ef), round(0.4 * g + 0.35 * ef + 0.25 * pdp, 2)
    FROM (SELECT *, round(ef * conversion * (0.8 + 0.4 * bench_u(a * 8 + j, dk + 9)))::int AS pdp
            FROM (SELECT *, round(g * contact * (0.85 + 0.3 * bench_u(a * 8 + j, dk + 7)))::int AS ef
                    FROM (SELECT ad.fecha, ad.dk, ad.a, ad.correo, ad.nombre, ad.dni, ad.equipo, ad.contact, ad.conversion, j,
                                 ad.archivos[1 + (ad.start + j) % ad.n] AS archivo,
                                 round(ad.pace * (3 + 10 * bench_u(ad.a * 8 + j, ad.dk)))::int AS g
                            FROM (SELECT day.fecha, day.dk, day.archivos, day.n, ag.*,
                                         least(day.n, 1 + floor(bench_u(ag.a, day.dk * 3 + 1) * (2 * $3::float8 - 1)))::int AS k,
                                         floor(bench_u(ag.a, day.dk * 3 + 2) * day.n)::int AS start
                                    FROM (SELECT fecha, fecha - DATE '2000-01-01' AS dk, array_agg(DISTINCT archivo) AS archivos,
                                                 count(DISTINCT archivo)::int AS n
                                            FROM bench_snapshot WHERE business AND fecha BETWEEN $1::date AND $2::date GROUP BY fecha) day,
                                         bench_agent ag
                                   WHERE bench_u(ag.a, day.dk * 3) < 0.92) ad,
                                 generate_series(0, ad.k - 1) j
                          OFFSET 0) t1
                  OFFSET 0) t2
          OFFSET 0) t3`;

export const AGENTS = `
  CREATE TABLE bench_agent AS
  SELECT a, 'agente' || lpad(a::text, 5, '0') || '@cobranzas.pe' AS correo,
         (ARRAY['Ana','José','María','Luis','Rosa','Carlos','Lucía','Jorge','Carmen','Miguel'])[1 + a % 10] || ' ' ||
         (ARRAY['Quispe','Flores','Sánchez','Rojas','Huamán','Mamani','Torres','Chávez','Ramos','Díaz'])[1 + (a / 10) % 10] || ' ' ||
         (ARRAY['García','López','Pérez','Vargas','Cruz','Silva','Romero','Paredes','Castillo','Mendoza'])[1 + (a / 100) % 10] AS nombre,
         (10000000 + (a * 7919) % 70000000)::text AS dni, ($2::text[])[1 + a % 10] AS equipo,
         0.6 + 0.9 * bench_u(a, 1) AS pace, 0.35 + 0.2 * bench_u(a, 2) AS contact, 0.15 + 0.17 * bench_u(a, 3) AS conversion
    FROM generate_series(0, $1::int - 1) a`;

export const HELPERS = [
  `CREATE OR REPLACE FUNCTION bench_u(a bigint, b bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT (hashint8extended(a * 1000003 + b, 42) & 16777215)::float8 / 16777216 $$`,
  `CREATE OR REPLACE FUNCTION bench_pct(n numeric, d numeric) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT coalesce(round(100 * n / nullif(d, 0), 2), 0)::float8 $$`, // each argument used once, so it is always inlined
];
