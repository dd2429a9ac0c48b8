-- Down for 0003_dashboard_rollups: the dashboards' rollups go; the marts they summed stay.
DROP TABLE IF EXISTS "rollup_dashboard_campaigns";
--> statement-breakpoint
DROP TABLE IF EXISTS "rollup_dashboard_daily";
--> statement-breakpoint
DROP TABLE IF EXISTS "rollup_operation_daily";
--> statement-breakpoint
DROP TABLE IF EXISTS "rollup_productivity_agents";
--> statement-breakpoint
DROP TABLE IF EXISTS "rollup_productivity_running";
