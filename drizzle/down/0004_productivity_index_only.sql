-- Down for 0004_productivity_index_only: the running totals' indexes and vacuum settings as 0003 made them.
ALTER TABLE "rollup_productivity_running" RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor);
--> statement-breakpoint
DROP INDEX IF EXISTS "rollup_productivity_running_day_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "rollup_productivity_running_agente_idx";
--> statement-breakpoint
CREATE INDEX "rollup_productivity_running_agente_idx" ON "rollup_productivity_running" USING btree ("agente_id","fecha_foto");
