CREATE TABLE "rollup_dashboard_campaigns" (
	"archivo" text NOT NULL,
	"cartera" text NOT NULL,
	"servicio" text NOT NULL,
	"primera_fecha" date NOT NULL,
	"ultima_fecha" date NOT NULL,
	"cuentas" integer DEFAULT 0 NOT NULL,
	"clientes" integer DEFAULT 0 NOT NULL,
	"deuda_asig" numeric(14, 2) DEFAULT '0' NOT NULL,
	"deuda_act" numeric(14, 2) DEFAULT '0' NOT NULL,
	"cuentas_gestionadas" integer DEFAULT 0 NOT NULL,
	"cuentas_cd" integer DEFAULT 0 NOT NULL,
	"cuentas_ci" integer DEFAULT 0 NOT NULL,
	"cuentas_sc" integer DEFAULT 0 NOT NULL,
	"cuentas_sg" integer DEFAULT 0 NOT NULL,
	"cuentas_pdp" integer DEFAULT 0 NOT NULL,
	"total_gestiones" integer DEFAULT 0 NOT NULL,
	"recupero" numeric(14, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "rollup_dashboard_campaigns_archivo_cartera_servicio_pk" PRIMARY KEY("archivo","cartera","servicio")
);
--> statement-breakpoint
CREATE TABLE "rollup_dashboard_daily" (
	"fecha_foto" date NOT NULL,
	"cartera" text NOT NULL,
	"servicio" text NOT NULL,
	"cuentas" integer DEFAULT 0 NOT NULL,
	"clientes" integer DEFAULT 0 NOT NULL,
	"deuda_asig" numeric(14, 2) DEFAULT '0' NOT NULL,
	"deuda_act" numeric(14, 2) DEFAULT '0' NOT NULL,
	"cuentas_gestionadas" integer DEFAULT 0 NOT NULL,
	"cuentas_cd" integer DEFAULT 0 NOT NULL,
	"cuentas_ci" integer DEFAULT 0 NOT NULL,
	"cuentas_sc" integer DEFAULT 0 NOT NULL,
	"cuentas_sg" integer DEFAULT 0 NOT NULL,
	"cuentas_pdp" integer DEFAULT 0 NOT NULL,
	"total_gestiones" integer DEFAULT 0 NOT NULL,
	"recupero" numeric(14, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "rollup_dashboard_daily_fecha_foto_cartera_servicio_pk" PRIMARY KEY("fecha_foto","cartera","servicio")
);
--> statement-breakpoint
CREATE TABLE "rollup_operation_daily" (
	"fecha_foto" date NOT NULL,
	"hora" smallint NOT NULL,
	"canal" text NOT NULL,
	"total_gestiones" integer DEFAULT 0 NOT NULL,
	"contactos_efectivos" integer DEFAULT 0 NOT NULL,
	"contactos_no_efectivos" integer DEFAULT 0 NOT NULL,
	"total_pdp" integer DEFAULT 0 NOT NULL,
	"duracion_seg" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rollup_operation_daily_fecha_foto_hora_canal_pk" PRIMARY KEY("fecha_foto","hora","canal")
);
--> statement-breakpoint
CREATE TABLE "rollup_productivity_agents" (
	"agente_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rollup_productivity_agents_agente_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"correo_agente" text NOT NULL,
	"equipo" text NOT NULL,
	"nombre_agente" text NOT NULL,
	"dni_agente" text NOT NULL,
	"ultima_fecha" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_productivity_running" (
	"fecha_foto" date NOT NULL,
	"agente_id" integer NOT NULL,
	"dias" integer NOT NULL,
	"total_gestiones" integer NOT NULL,
	"contactos_efectivos" integer NOT NULL,
	"total_pdp" integer NOT NULL,
	"monto_compromiso" numeric(14, 2) DEFAULT '0' NOT NULL,
	"peso_total" numeric(14, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "rollup_productivity_running_fecha_foto_agente_id_pk" PRIMARY KEY("fecha_foto","agente_id")
);
--> statement-breakpoint
CREATE INDEX "rollup_dashboard_campaigns_ultima_idx" ON "rollup_dashboard_campaigns" USING btree ("ultima_fecha");--> statement-breakpoint
CREATE UNIQUE INDEX "rollup_productivity_agents_key_idx" ON "rollup_productivity_agents" USING btree ("correo_agente","equipo");--> statement-breakpoint
CREATE INDEX "rollup_productivity_running_agente_idx" ON "rollup_productivity_running" USING btree ("agente_id","fecha_foto");--> statement-breakpoint
-- Backfill: the rollups of the rows already in the marts, as lib/dashboards/rollups/ computes
-- them for a full window; from here on every ETL merge keeps them current in its own transaction.
INSERT INTO "rollup_dashboard_daily" (fecha_foto, cartera, servicio, cuentas, clientes, cuentas_gestionadas, cuentas_cd,
  cuentas_ci, cuentas_sc, cuentas_sg, cuentas_pdp, total_gestiones, deuda_asig, deuda_act, recupero)
SELECT fecha_foto, cartera, servicio, sum(cuentas), sum(clientes), sum(cuentas_gestionadas), sum(cuentas_cd), sum(cuentas_ci),
       sum(cuentas_sc), sum(cuentas_sg), sum(cuentas_pdp), sum(total_gestiones), sum(deuda_asig), sum(deuda_act), sum(recupero)
  FROM "dashboard_data"
 GROUP BY fecha_foto, cartera, servicio;
--> statement-breakpoint
INSERT INTO "rollup_dashboard_campaigns" (archivo, cartera, servicio, primera_fecha, ultima_fecha, cuentas, clientes,
  cuentas_gestionadas, cuentas_cd, cuentas_ci, cuentas_sc, cuentas_sg, cuentas_pdp, total_gestiones, deuda_asig, deuda_act, recupero)
SELECT DISTINCT ON (archivo, cartera, servicio) archivo, cartera, servicio,
       min(fecha_foto) OVER (PARTITION BY archivo, cartera, servicio), fecha_foto, cuentas, clientes, cuentas_gestionadas,
       cuentas_cd, cuentas_ci, cuentas_sc, cuentas_sg, cuentas_pdp, total_gestiones, deuda_asig, deuda_act, recupero
  FROM "dashboard_data"
 ORDER BY archivo, cartera, servicio, fecha_foto DESC;
--> statement-breakpoint
INSERT INTO "rollup_operation_daily" (fecha_foto, hora, canal, total_gestiones, contactos_efectivos, contactos_no_efectivos,
  total_pdp, duracion_seg)
SELECT fecha_foto, hora, canal, sum(total_gestiones), sum(contactos_efectivos), sum(contactos_no_efectivos), sum(total_pdp),
       sum(duracion_seg)
  FROM "operation_data"
 GROUP BY fecha_foto, hora, canal;
--> statement-breakpoint
INSERT INTO "rollup_productivity_agents" (correo_agente, equipo, nombre_agente, dni_agente, ultima_fecha)
SELECT correo_agente, equipo, max(nombre_agente), max(dni_agente), max(fecha_foto)
  FROM "productivity_data"
 GROUP BY correo_agente, equipo
 ORDER BY correo_agente, equipo;
--> statement-breakpoint
INSERT INTO "rollup_productivity_running" (fecha_foto, agente_id, dias, total_gestiones, contactos_efectivos, total_pdp,
  monto_compromiso, peso_total)
WITH daily AS (
  SELECT d.fecha_foto, a.agente_id, 1 AS dias, sum(d.total_gestiones) AS total_gestiones,
         sum(d.contactos_efectivos) AS contactos_efectivos, sum(d.total_pdp) AS total_pdp,
         sum(d.monto_compromiso) AS monto_compromiso, sum(d.peso_total) AS peso_total
    FROM "productivity_data" d JOIN "rollup_productivity_agents" a USING (correo_agente, equipo)
   GROUP BY d.fecha_foto, a.agente_id),
running AS (
  SELECT fecha_foto, agente_id, lead(fecha_foto) OVER w AS next_step,
         sum(dias) OVER w AS dias, sum(total_gestiones) OVER w AS total_gestiones,
         sum(contactos_efectivos) OVER w AS contactos_efectivos, sum(total_pdp) OVER w AS total_pdp,
         sum(monto_compromiso) OVER w AS monto_compromiso, sum(peso_total) OVER w AS peso_total
    FROM daily
  WINDOW w AS (PARTITION BY agente_id ORDER BY fecha_foto))
SELECT day::date, agente_id, dias, total_gestiones, contactos_efectivos, total_pdp, monto_compromiso, peso_total
  FROM running,
       generate_series(fecha_foto, coalesce(next_step - 1, (SELECT max(fecha_foto) FROM "productivity_data")), INTERVAL '1 day') day
 ORDER BY 1, 2;
