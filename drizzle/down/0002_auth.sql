-- Down for 0002_auth: people, tokens and the audit trail go with it.
DROP TABLE IF EXISTS "api_tokens";
--> statement-breakpoint
DROP TABLE IF EXISTS "audit_log";
--> statement-breakpoint
DROP TABLE IF EXISTS "users";
