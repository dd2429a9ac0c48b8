-- Staging tables of in-flight ETL runs live apart from the marts, so cleanup can
-- find orphans by schema and no console view mistakes them for real tables.
CREATE SCHEMA IF NOT EXISTS pulso_staging;
