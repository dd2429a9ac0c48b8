// The server's current settings next to the seed's production recommendations
// ("Configuración para Producción"), compared by value rather than by text:
// 512 × 8kB is 4MB, 300 s is 5min.
import type { SqlRunner } from './sql';

interface Recommendation {
  name: string;
  recommended: string;
  /** includes: a comma-separated list that must contain the value (shared_preload_libraries). */
  compare?: 'equal' | 'includes';
  why: string;
}

export const RECOMMENDED_SETTINGS: readonly Recommendation[] = [
  { name: 'shared_preload_libraries', recommended: 'timescaledb', compare: 'includes', why: 'TimescaleDB must be preloaded at server start, or CREATE EXTENSION timescaledb fails.' },
  { name: 'max_worker_processes', recommended: '16', why: 'Room for TimescaleDB’s background jobs and parallel query workers at once.' },
  { name: 'max_parallel_workers_per_gather', recommended: '2', why: 'Dashboard aggregations scan chunks in parallel without one query taking every core.' },
  { name: 'work_mem', recommended: '256MB', why: 'Sorts and hashes of the dashboard aggregations and the ETL merge stay in memory instead of spilling to disk.' },
  { name: 'maintenance_work_mem', recommended: '512MB', why: 'Faster VACUUM, index builds and chunk compression.' },
  { name: 'checkpoint_timeout', recommended: '10min', why: 'Fewer checkpoints during bulk loads, so less WAL from full-page writes.' },
  { name: 'checkpoint_completion_target', recommended: '0.9', why: 'Spreads each checkpoint’s writes over the interval instead of a burst of I/O.' },
  { name: 'wal_buffers', recommended: '16MB', why: 'Absorbs the WAL of large COPY batches without flushing on every few pages.' },
  { name: 'default_statistics_target', recommended: '500', why: 'Finer planner statistics for skewed columns such as archivo and cartera.' },
  { name: 'timescaledb.max_background_workers', recommended: '4', why: 'Enough workers for the retention, compression and refresh jobs to start on time.' },
  { name: 'timescaledb.telemetry_level', recommended: 'off', why: 'A production database sends no telemetry to Timescale.' },
];

export interface SettingRow {
  name: string;
  /** As PostgreSQL shows it (SHOW / current_setting), e.g. "4MB" or "5min"; null when the server has no such setting. */
  current: string | null;
  recommended: string;
  matches: boolean;
  why: string;
  /** Where the current value comes from: default, configuration file, session… */
  source: string | null;
  /** Changing it needs a server restart (context postmaster), not just a reload. */
  restartRequired: boolean;
  /** The configuration file holds a new value the server has not restarted for. */
  pendingRestart: boolean;
}

interface PgSetting {
  name: string;
  setting: string;
  unit: string | null;
  shown: string;
  source: string;
  context: string;
  pending: boolean;
}

export async function readServerSettings(sql: SqlRunner): Promise<SettingRow[]> {
  const found = await sql.query<PgSetting & Record<string, unknown>>(
    `SELECT name, setting, unit, current_setting(name) AS shown, source, context, pending_restart AS pending
       FROM pg_settings WHERE name = ANY($1)`,
    [RECOMMENDED_SETTINGS.map((r) => r.name)],
  );
  return RECOMMENDED_SETTINGS.map((r) => {
    const s = found.find((f) => f.name === r.name);
    return {
      name: r.name,
      current: s?.shown ?? null,
      recommended: r.recommended,
      matches: s ? settingMatches(s.setting, s.unit, r.recommended, r.compare) : false,
      why: s ? r.why : `${r.why} This server has no such setting (TimescaleDB is not preloaded).`,
      source: s?.source ?? null,
      restartRequired: s?.context === 'postmaster',
      pendingRestart: s?.pending ?? false,
    };
  });
}

/** Bytes per memory unit and milliseconds per time unit, as postgresql.conf spells them. */
const UNITS: Record<string, number> = {
  B: 1, kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4,
  us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000,
};

/**
 * A value in base units (bytes or ms), or null when it is not a quantity
 * ("off", a library list). `defaultUnit` is pg_settings.unit, which may carry
 * a multiplier ("8kB" for wal_buffers); it applies to a value written without a unit.
 */
export function toBaseUnits(value: string, defaultUnit?: string | null): number | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!match) return null;
  const [, number, unit] = match;
  const factor = unit ? UNITS[unit] : unitFactor(defaultUnit);
  return factor === undefined ? null : Number(number) * factor;
}

function unitFactor(unit: string | null | undefined): number | undefined {
  if (!unit) return 1;
  const match = /^(\d+)?\s*([a-zA-Z]+)$/.exec(unit);
  const base = match ? UNITS[match[2]] : undefined;
  return base === undefined ? undefined : Number(match![1] ?? 1) * base;
}

/** pg_settings' raw `setting` (in `unit`) against a recommendation written the postgresql.conf way. */
export function settingMatches(
  setting: string,
  unit: string | null,
  recommended: string,
  compare: Recommendation['compare'] = 'equal',
): boolean {
  if (compare === 'includes') {
    const entries = setting.split(',').map((e) => e.trim().replace(/^"|"$/g, '').toLowerCase());
    return entries.includes(recommended.toLowerCase());
  }
  const current = toBaseUnits(setting, unit);
  const wanted = toBaseUnits(recommended, unit);
  if (current === null || wanted === null) return setting.trim().toLowerCase() === recommended.trim().toLowerCase();
  return Math.abs(current - wanted) <= 1e-9 * Math.max(1, Math.abs(wanted));
}
