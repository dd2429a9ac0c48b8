// A deterministic dashboard_data generator behind Pulso's Source interface:
// each row's measures are picked by a hash of (day, key, version), so every
// variant of the benchmark reads exactly the same rows, and any window can be
// generated alone.
import { SERVICIOS, CARTERAS } from '../../lib/db/schema';
import type { ExtractWindow, Source, SourceRow } from '../../lib/etl/sources/source';

export interface BenchData {
  /** Last fecha_foto (YYYY-MM-DD, inclusive). */
  end: string;
  /** How many days of fecha_foto end at `end`. */
  days: number;
  /** Campaign files (archivos) per day; each has 4 carteras × 2 servicios rows. */
  archivosPerDay: number;
  /** A share of the rows from `from` on carries the values of `version` instead of version 0. */
  change?: { share: number; version: number; from?: string };
}

export const ROWS_PER_ARCHIVO = CARTERAS.length * SERVICIOS.length;
/** About two years of daily snapshots. */
export const TWO_YEARS = 730;

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Two years of fecha_foto with as many archivos per day as `rows` needs. */
export function twoYearsOf(rows: number, end: string): BenchData {
  const archivosPerDay = Math.max(1, Math.round(rows / (TWO_YEARS * ROWS_PER_ARCHIVO)));
  const days = Math.max(1, Math.round(rows / (archivosPerDay * ROWS_PER_ARCHIVO)));
  return { end, days, archivosPerDay };
}

export function rowCount(data: BenchData): number {
  return data.days * data.archivosPerDay * ROWS_PER_ARCHIVO;
}

export function firstDate(data: BenchData): string {
  return isoOf(dayOf(data.end) - data.days + 1);
}

/** murmur3-style mixing of four small integers into 32 bits (unrolled: it runs ~5 times a row). */
function mix(a: number, b: number, c: number, d: number): number {
  let h = step(step(step(step(0x811c9dc5, a), b), c), d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function step(h: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

const unit = (h: number) => (h >>> 0) / 4294967296;
const money = (cents: number) => {
  const whole = Math.floor(cents / 100);
  const rest = cents - whole * 100;
  return `${whole}.${rest < 10 ? '0' : ''}${rest}`;
};
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((10000 * part) / whole) / 100 : 0);

interface Values {
  cuentas: string; clientes: string; deuda_asig: string; deuda_act: string;
  cuentas_gestionadas: string; cuentas_cd: string; cuentas_ci: string; cuentas_sc: string;
  cuentas_sg: string; cuentas_pdp: string; total_gestiones: string; recupero: string;
  pct_cober: number; pct_contac: number; pct_cd: number; pct_ci: number;
  pct_conversion: number; pct_efectividad: number; pct_cierre: number; inten: number;
}

/**
 * One row's measures, consistent with each other (SPEC §4 ratios from the
 * counts) and shaped as the BigQuery source hands them over: INT64 and NUMERIC
 * as exact strings, FLOAT64 as numbers.
 */
function values(seed: number): Values {
  const h1 = mix(seed, 0, 0, 1);
  const h2 = mix(seed, 0, 0, 2);
  const h3 = mix(seed, 0, 0, 3);
  const cuentas = 50 + (h1 % 4950);
  const clientes = cuentas - ((h1 >>> 16) % (Math.floor(cuentas / 10) + 1));
  const gestionadas = Math.floor(cuentas * (0.3 + 0.6 * unit(h2)));
  const cd = Math.floor(gestionadas * 0.4 * unit(h3));
  const ci = Math.floor((gestionadas - cd) * 0.3 * unit(mix(seed, 0, 0, 4)));
  const sc = gestionadas - cd - ci;
  const pdp = Math.floor(cd * 0.5 * unit(h2 ^ h3));
  const gestiones = gestionadas * (1 + (h3 % 4)) + (h1 % (gestionadas + 1));
  const deudaCents = cuentas * (10_000 + (h2 % 70_000));
  const deudaActCents = Math.floor(deudaCents * (0.6 + 0.4 * unit(h1 ^ h2)));
  const recuperoCents = Math.floor((deudaCents - deudaActCents) * unit(h3 ^ h1));
  return {
    cuentas: String(cuentas), clientes: String(clientes),
    deuda_asig: money(deudaCents), deuda_act: money(deudaActCents),
    cuentas_gestionadas: String(gestionadas), cuentas_cd: String(cd), cuentas_ci: String(ci),
    cuentas_sc: String(sc), cuentas_sg: String(cuentas - gestionadas), cuentas_pdp: String(pdp),
    total_gestiones: String(gestiones), recupero: money(recuperoCents),
    pct_cober: pct(gestionadas, cuentas), pct_contac: pct(cd + ci, cuentas),
    pct_cd: pct(cd, cuentas), pct_ci: pct(ci, cuentas),
    pct_conversion: pct(pdp, cd), pct_efectividad: pct(pdp, gestionadas),
    pct_cierre: pct(recuperoCents, deudaCents),
    inten: gestionadas > 0 ? Math.round((100 * gestiones) / gestionadas) / 100 : 0,
  };
}

// Rows draw their measures from a fixed pool, so generating a row costs a hash
// and an object, not twenty number-to-string conversions: the benchmark should
// time the loader, not its own data generator.
const POOL = 1 << 14;
let pool: Values[] | undefined;

/** The pool, built on first use (the memory child builds it before measuring its baseline). */
export function valuePool(): readonly Values[] {
  return (pool ??= Array.from({ length: POOL }, (_, i) => values(i)));
}

function row(fecha: string, archivo: string, day: number, key: number, cartera: string, servicio: string, version: number): SourceRow {
  const pool = valuePool();
  const base = mix(day, key, 0, 1) & (POOL - 1);
  // A changed row always lands on a different pool entry than its version 0.
  const v = pool[version === 0 ? base : (base + 1 + (version % (POOL - 1))) & (POOL - 1)];
  return {
    fecha_foto: fecha, archivo, cartera, servicio,
    cuentas: v.cuentas, clientes: v.clientes, deuda_asig: v.deuda_asig, deuda_act: v.deuda_act,
    cuentas_gestionadas: v.cuentas_gestionadas, cuentas_cd: v.cuentas_cd, cuentas_ci: v.cuentas_ci,
    cuentas_sc: v.cuentas_sc, cuentas_sg: v.cuentas_sg, cuentas_pdp: v.cuentas_pdp,
    total_gestiones: v.total_gestiones, recupero: v.recupero,
    pct_cober: v.pct_cober, pct_contac: v.pct_contac, pct_cd: v.pct_cd, pct_ci: v.pct_ci,
    pct_conversion: v.pct_conversion, pct_efectividad: v.pct_efectividad, pct_cierre: v.pct_cierre, inten: v.inten,
  };
}

/** The days of `data` inside `window`, as epoch-day numbers. */
function daysIn(data: BenchData, window: { start: string | null; end: string }): [number, number] {
  const last = Math.min(dayOf(data.end), dayOf(window.end));
  const first = Math.max(dayOf(data.end) - data.days + 1, window.start === null ? -Infinity : dayOf(window.start));
  return [first, last];
}

/** The rows of `data` inside `window`, in batches of `batchSize`, generated lazily. */
export function* generateRows(data: BenchData, window: { start: string | null; end: string }, batchSize: number): Generator<SourceRow[]> {
  const [first, last] = daysIn(data, window);
  const changeFrom = data.change?.from ? dayOf(data.change.from) : -Infinity;
  const threshold = Math.round((data.change?.share ?? 0) * 1_000_000);
  let batch: SourceRow[] = [];
  for (let day = first; day <= last; day++) {
    const fecha = isoOf(day);
    const month = fecha.slice(0, 4) + fecha.slice(5, 7);
    for (let a = 0; a < data.archivosPerDay; a++) {
      // A campaign file is assigned per month, and photographed every day of it.
      const archivo = `COB_${month}_${a < 100 ? String(a).padStart(3, '0') : a}`;
      for (let c = 0; c < CARTERAS.length; c++) {
        for (let s = 0; s < SERVICIOS.length; s++) {
          const key = (a * CARTERAS.length + c) * SERVICIOS.length + s;
          const changed = day >= changeFrom && mix(day, key, 0, 99) % 1_000_000 < threshold;
          batch.push(row(fecha, archivo, day, key, CARTERAS[c], SERVICIOS[s], changed ? data.change!.version : 0));
          if (batch.length === batchSize) {
            yield batch;
            batch = [];
          }
        }
      }
    }
  }
  if (batch.length > 0) yield batch;
}

export function benchSource(data: BenchData): Source {
  const count = (window: ExtractWindow) => {
    const [first, last] = daysIn(data, window);
    return Math.max(0, last - first + 1) * data.archivosPerDay * ROWS_PER_ARCHIVO;
  };
  return {
    kind: 'demo',
    description: 'bench/etl-load generator',
    async *extract(window, { batchSize, signal }) {
      for (const batch of generateRows(data, window, batchSize)) {
        signal?.throwIfAborted();
        yield batch;
      }
    },
    describeQuery: (window) => `bench rows of ${window.table} from ${window.start ?? firstDate(data)} to ${window.end}`,
    estimate: async (window) => ({ rows: count(window) }),
    test: async () => ({ ok: true, detail: 'bench generator' }),
  };
}
