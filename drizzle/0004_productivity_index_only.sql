-- The productivity ranking and heatmap read the running totals from their indexes alone
-- (index-only scans), and the days each ETL run rewrites are vacuumed soon after it, so
-- they stay visible to those scans and leave no dead versions behind.
DROP INDEX "rollup_productivity_running_agente_idx";--> statement-breakpoint
CREATE INDEX "rollup_productivity_running_day_idx" ON "rollup_productivity_running" USING btree ("fecha_foto","agente_id","dias","total_gestiones","contactos_efectivos","total_pdp");--> statement-breakpoint
CREATE INDEX "rollup_productivity_running_agente_idx" ON "rollup_productivity_running" USING btree ("agente_id","fecha_foto","dias","total_gestiones","contactos_efectivos","total_pdp");--> statement-breakpoint
-- A run rewrites a few days of every agent (6 × 4,000 rows at production volume): 0.5 % of
-- the table, where the default waits for 20 %, i.e. weeks of runs.
ALTER TABLE "rollup_productivity_running" SET (autovacuum_vacuum_scale_factor = 0.005, autovacuum_vacuum_insert_scale_factor = 0.005);
