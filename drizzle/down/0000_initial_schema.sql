-- Down for 0000_initial_schema. CASCADE also removes what the TimescaleDB
-- setup built on these tables (continuous aggregates, policies, chunks).
DROP TABLE IF EXISTS "etl_watermarks" CASCADE;
--> statement-breakpoint
DROP TABLE IF EXISTS "etl_execution_log" CASCADE;
--> statement-breakpoint
DROP TABLE IF EXISTS "productivity_data" CASCADE;
--> statement-breakpoint
DROP TABLE IF EXISTS "operation_data" CASCADE;
--> statement-breakpoint
DROP TABLE IF EXISTS "assignment_data" CASCADE;
--> statement-breakpoint
DROP TABLE IF EXISTS "evolution_data" CASCADE;
--> statement-breakpoint
DROP TABLE IF EXISTS "dashboard_data" CASCADE;
