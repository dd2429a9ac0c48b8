CREATE TABLE "assignment_data" (
	"periodo" text NOT NULL,
	"archivo" text NOT NULL,
	"cartera" text NOT NULL,
	"fecha_asignacion" date NOT NULL,
	"clientes" integer DEFAULT 0 NOT NULL,
	"cuentas" integer DEFAULT 0 NOT NULL,
	"deuda_asig" numeric(14, 2) DEFAULT '0' NOT NULL,
	"deuda_actual" numeric(14, 2) DEFAULT '0' NOT NULL,
	"ticket_promedio" numeric(14, 2) DEFAULT '0' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignment_data_periodo_archivo_cartera_pk" PRIMARY KEY("periodo","archivo","cartera"),
	CONSTRAINT "assignment_data_periodo_check" CHECK ("assignment_data"."periodo" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "assignment_data_counts_non_negative" CHECK ("clientes" >= 0 AND "cuentas" >= 0)
);
--> statement-breakpoint
CREATE TABLE "dashboard_data" (
	"fecha_foto" date NOT NULL,
	"archivo" text NOT NULL,
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
	"pct_cober" double precision DEFAULT 0 NOT NULL,
	"pct_contac" double precision DEFAULT 0 NOT NULL,
	"pct_cd" double precision DEFAULT 0 NOT NULL,
	"pct_ci" double precision DEFAULT 0 NOT NULL,
	"pct_conversion" double precision DEFAULT 0 NOT NULL,
	"pct_efectividad" double precision DEFAULT 0 NOT NULL,
	"pct_cierre" double precision DEFAULT 0 NOT NULL,
	"inten" double precision DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dashboard_data_fecha_foto_archivo_cartera_servicio_pk" PRIMARY KEY("fecha_foto","archivo","cartera","servicio"),
	CONSTRAINT "dashboard_data_servicio_check" CHECK ("servicio" IN ('MOVIL', 'FIJA')),
	CONSTRAINT "dashboard_data_counts_non_negative" CHECK ("cuentas" >= 0 AND "clientes" >= 0 AND "cuentas_gestionadas" >= 0 AND "cuentas_cd" >= 0 AND "cuentas_ci" >= 0 AND "cuentas_sc" >= 0 AND "cuentas_sg" >= 0 AND "cuentas_pdp" >= 0 AND "total_gestiones" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evolution_data" (
	"fecha_foto" date NOT NULL,
	"archivo" text NOT NULL,
	"cartera" text NOT NULL,
	"dia_gestion" integer DEFAULT 0 NOT NULL,
	"cuentas" integer DEFAULT 0 NOT NULL,
	"cuentas_gestionadas" integer DEFAULT 0 NOT NULL,
	"cuentas_contactadas" integer DEFAULT 0 NOT NULL,
	"cuentas_pdp" integer DEFAULT 0 NOT NULL,
	"total_gestiones" integer DEFAULT 0 NOT NULL,
	"deuda_asig" numeric(14, 2) DEFAULT '0' NOT NULL,
	"recupero" numeric(14, 2) DEFAULT '0' NOT NULL,
	"pct_cober" double precision DEFAULT 0 NOT NULL,
	"pct_contac" double precision DEFAULT 0 NOT NULL,
	"pct_efectividad" double precision DEFAULT 0 NOT NULL,
	"pct_cierre" double precision DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evolution_data_fecha_foto_archivo_pk" PRIMARY KEY("fecha_foto","archivo"),
	CONSTRAINT "evolution_data_counts_non_negative" CHECK ("dia_gestion" >= 0 AND "cuentas" >= 0 AND "cuentas_gestionadas" >= 0 AND "cuentas_contactadas" >= 0 AND "cuentas_pdp" >= 0 AND "total_gestiones" >= 0)
);
--> statement-breakpoint
CREATE TABLE "operation_data" (
	"fecha_foto" date NOT NULL,
	"hora" smallint NOT NULL,
	"canal" text NOT NULL,
	"archivo" text NOT NULL,
	"total_gestiones" integer DEFAULT 0 NOT NULL,
	"contactos_efectivos" integer DEFAULT 0 NOT NULL,
	"contactos_no_efectivos" integer DEFAULT 0 NOT NULL,
	"total_pdp" integer DEFAULT 0 NOT NULL,
	"duracion_seg" integer DEFAULT 0 NOT NULL,
	"tasa_contacto" double precision DEFAULT 0 NOT NULL,
	"tasa_conversion" double precision DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operation_data_fecha_foto_hora_canal_archivo_pk" PRIMARY KEY("fecha_foto","hora","canal","archivo"),
	CONSTRAINT "operation_data_hora_check" CHECK ("operation_data"."hora" BETWEEN 0 AND 23),
	CONSTRAINT "operation_data_canal_check" CHECK ("canal" IN ('BOT', 'HUMANO')),
	CONSTRAINT "operation_data_counts_non_negative" CHECK ("total_gestiones" >= 0 AND "contactos_efectivos" >= 0 AND "contactos_no_efectivos" >= 0 AND "total_pdp" >= 0 AND "duracion_seg" >= 0)
);
--> statement-breakpoint
CREATE TABLE "productivity_data" (
	"fecha_foto" date NOT NULL,
	"correo_agente" text NOT NULL,
	"archivo" text NOT NULL,
	"nombre_agente" text DEFAULT '' NOT NULL,
	"dni_agente" text DEFAULT '' NOT NULL,
	"equipo" text DEFAULT '' NOT NULL,
	"total_gestiones" integer DEFAULT 0 NOT NULL,
	"contactos_efectivos" integer DEFAULT 0 NOT NULL,
	"total_pdp" integer DEFAULT 0 NOT NULL,
	"monto_compromiso" numeric(14, 2) DEFAULT '0' NOT NULL,
	"peso_total" numeric(14, 2) DEFAULT '0' NOT NULL,
	"tasa_contacto" double precision DEFAULT 0 NOT NULL,
	"tasa_conversion" double precision DEFAULT 0 NOT NULL,
	"score_productividad" double precision DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "productivity_data_fecha_foto_correo_agente_archivo_pk" PRIMARY KEY("fecha_foto","correo_agente","archivo"),
	CONSTRAINT "productivity_data_counts_non_negative" CHECK ("total_gestiones" >= 0 AND "contactos_efectivos" >= 0 AND "total_pdp" >= 0)
);
--> statement-breakpoint
CREATE TABLE "etl_execution_log" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"table_name" text NOT NULL,
	"mode" text NOT NULL,
	"trigger" text NOT NULL,
	"triggered_by" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"window_start" timestamp with time zone,
	"window_end" timestamp with time zone,
	"phase" text,
	"rows_extracted" bigint DEFAULT 0 NOT NULL,
	"rows_inserted" bigint DEFAULT 0 NOT NULL,
	"rows_updated" bigint DEFAULT 0 NOT NULL,
	"rows_unchanged" bigint DEFAULT 0 NOT NULL,
	"rows_deleted" bigint DEFAULT 0 NOT NULL,
	"rows_rejected" bigint DEFAULT 0 NOT NULL,
	"rows_total_estimate" bigint,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"duration_seconds" double precision,
	"error_message" text,
	"error_detail" text,
	"source_query" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "etl_execution_log_id_started_at_pk" PRIMARY KEY("id","started_at"),
	CONSTRAINT "etl_execution_log_mode_check" CHECK ("mode" IN ('incremental', 'full_refresh', 'sliding_window')),
	CONSTRAINT "etl_execution_log_trigger_check" CHECK ("trigger" IN ('manual', 'api', 'schedule', 'recovery', 'cli')),
	CONSTRAINT "etl_execution_log_status_check" CHECK ("status" IN ('queued', 'running', 'success', 'failed', 'cancelled')),
	CONSTRAINT "etl_execution_log_phase_check" CHECK ("phase" IN ('extract', 'load', 'merge', 'done'))
);
--> statement-breakpoint
CREATE TABLE "etl_watermarks" (
	"id" serial PRIMARY KEY NOT NULL,
	"table_name" text NOT NULL,
	"last_extracted_at" timestamp with time zone,
	"last_run_id" uuid,
	"last_extraction_status" text,
	"records_extracted" bigint DEFAULT 0 NOT NULL,
	"extraction_duration_seconds" double precision,
	"error_message" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "etl_watermarks_table_name_unique" UNIQUE("table_name"),
	CONSTRAINT "etl_watermarks_last_extraction_status_check" CHECK ("last_extraction_status" IN ('success', 'failed', 'running', 'cancelled', 'reset'))
);
--> statement-breakpoint
CREATE INDEX "assignment_data_fecha_asignacion_idx" ON "assignment_data" USING btree ("fecha_asignacion");--> statement-breakpoint
CREATE INDEX "assignment_data_cartera_idx" ON "assignment_data" USING btree ("cartera","periodo");--> statement-breakpoint
CREATE INDEX "dashboard_data_archivo_idx" ON "dashboard_data" USING btree ("archivo","fecha_foto");--> statement-breakpoint
CREATE INDEX "dashboard_data_cartera_servicio_idx" ON "dashboard_data" USING btree ("cartera","servicio","fecha_foto");--> statement-breakpoint
CREATE INDEX "evolution_data_archivo_idx" ON "evolution_data" USING btree ("archivo","fecha_foto");--> statement-breakpoint
CREATE INDEX "evolution_data_cartera_idx" ON "evolution_data" USING btree ("cartera","fecha_foto");--> statement-breakpoint
CREATE INDEX "operation_data_canal_idx" ON "operation_data" USING btree ("canal","fecha_foto");--> statement-breakpoint
CREATE INDEX "operation_data_archivo_idx" ON "operation_data" USING btree ("archivo","fecha_foto");--> statement-breakpoint
CREATE INDEX "productivity_data_agente_idx" ON "productivity_data" USING btree ("correo_agente","fecha_foto");--> statement-breakpoint
CREATE INDEX "productivity_data_archivo_idx" ON "productivity_data" USING btree ("archivo","fecha_foto");--> statement-breakpoint
CREATE INDEX "etl_execution_log_table_idx" ON "etl_execution_log" USING btree ("table_name","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "etl_execution_log_active_idx" ON "etl_execution_log" USING btree ("status") WHERE "etl_execution_log"."status" IN ('queued', 'running');