// The demo source: deterministic, windowed, streamed, and every row obeys
// SPEC §4 — what the embedded default's dashboards and incremental runs rely on.
import { beforeAll, describe, expect, it } from 'vitest';
import { columnsOf, type ColumnSpec } from '../../lib/etl/columns';
import { MART_TABLES, TABLES, type MartTable } from '../../lib/etl/config';
import { createDemoSource } from '../../lib/etl/sources/demo';
import type { Source, SourceRow } from '../../lib/etl/sources/source';

// Thursday 2026-11-26, 10:30 in Lima (UTC−5): the last three days are all worked days.
const NOW = new Date('2026-11-26T15:30:00Z');
const TODAY = '2026-11-26';
const FIRST_DAY = '2025-10-26';
const at = (iso: string) => () => new Date(iso);

const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);
const cents = (amount: SourceRow[string]) => Math.round(Number(amount) * 100);
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);
const keyOf = (table: MartTable, row: SourceRow) => TABLES[table].primaryKey.map((c) => row[c]).join('|');
const n = (row: SourceRow, column: string) => row[column] as number;

async function collect(source: Source, table: MartTable, start: string | null, end: string, batchSize = 10_000) {
  const rows: SourceRow[] = [];
  const batches: number[] = [];
  for await (const batch of source.extract({ table, start, end }, { batchSize })) {
    batches.push(batch.length);
    rows.push(...batch);
  }
  return { rows, batches };
}

/**
 * Collects broken invariants as messages: a million expect() calls would take
 * minutes, and a list of the first offenders says more than one failure.
 */
function checker() {
  const problems: string[] = [];
  let failures = 0;
  const check = (ok: boolean, message: () => string) => {
    if (ok) return;
    failures += 1;
    if (problems.length < 10) problems.push(message());
  };
  /** Ratios are stored with two decimals; they must match the row's own counts. */
  const ratio = (row: SourceRow, column: string, exact: number) =>
    check(Math.abs((row[column] as number) - exact) <= 0.005 + 1e-9, () => `${column}=${row[column]} but counts give ${exact}: ${JSON.stringify(row)}`);
  const done = () => expect({ failures, problems }).toEqual({ failures: 0, problems: [] });
  return { check, ratio, done };
}

function sumBy(rows: SourceRow[], key: (r: SourceRow) => string, value: (r: SourceRow) => number) {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}

function valueFits(column: ColumnSpec, value: unknown): boolean {
  switch (column.kind) {
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= FIRST_DAY && value <= TODAY;
    case 'integer':
    case 'smallint': {
      const max = Math.min(column.max ?? Infinity, column.kind === 'smallint' ? 32767 : 2147483647);
      return Number.isInteger(value) && (value as number) >= (column.min ?? 0) && (value as number) <= max;
    }
    case 'numeric':
      return typeof value === 'string' && /^\d{1,12}\.\d{2}$/.test(value);
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'text':
      return typeof value === 'string' && value.length > 0
        && (!column.allowed || column.allowed.includes(value)) && (!column.pattern || column.pattern.test(value));
  }
}

const full = {} as Record<MartTable, SourceRow[]>;

beforeAll(async () => {
  const source = createDemoSource({ now: () => NOW });
  const started = performance.now();
  for (const table of MART_TABLES) full[table] = (await collect(source, table, null, TODAY)).rows;
  const seconds = (performance.now() - started) / 1000;
  const counts = MART_TABLES.map((t) => `${t}=${full[t].length}`).join(' ');
  console.log(`demo full extraction: ${counts} in ${seconds.toFixed(2)} s`);
  expect(seconds).toBeLessThan(20);
});

describe('the demo source', () => {
  it('describes itself and passes its connectivity test', async () => {
    const source = createDemoSource({ now: () => NOW });
    expect(source.kind).toBe('demo');
    expect(await source.test()).toEqual({ ok: true, detail: 'demo source (deterministic generator, seed 42)' });
    const revision = Math.floor(NOW.getTime() / 3_600_000);
    expect(source.describeQuery({ table: 'dashboard_data', start: '2025-11-01', end: TODAY })).toBe(
      `demo generator: dashboard_data where fecha_foto between 2025-11-01 and ${TODAY} (seed 42, revision ${revision})`,
    );
    expect(source.describeQuery({ table: 'assignment_data', start: null, end: TODAY })).toContain(
      `fecha_asignacion between ${FIRST_DAY} and ${TODAY}`,
    );
  });

  it('covers 13 months up to today with realistic volumes', () => {
    expect(full.dashboard_data.length).toBeGreaterThan(20_000);
    expect(full.dashboard_data.length).toBeLessThan(32_000);
    expect(full.evolution_data.length).toBeGreaterThan(9_000);
    expect(full.assignment_data.length).toBeGreaterThan(350);
    expect(full.assignment_data.length).toBeLessThan(500);
    expect(full.operation_data.length).toBeGreaterThan(150_000);
    expect(full.operation_data.length).toBeLessThan(400_000);
    expect(full.productivity_data.length).toBeGreaterThan(60_000);
    expect(full.productivity_data.length).toBeLessThan(140_000);
    for (const table of MART_TABLES) {
      const column = TABLES[table].incrementalColumn;
      const dates = full[table].map((r) => r[column] as string).sort();
      expect(dates[0] >= FIRST_DAY).toBe(true);
      // Every table but assignment_data (dated by campaign opening) has rows for today.
      if (table === 'assignment_data') expect(dates.at(-1)! <= TODAY).toBe(true);
      else expect(dates.at(-1)).toBe(TODAY);
    }
  });

  it('hands over exactly the target columns, each value fitting its column and CHECKs', () => {
    const { check, done } = checker();
    for (const table of MART_TABLES) {
      const columns = columnsOf(table);
      const names = columns.map((c) => c.name).join(',');
      const keys = new Set<string>();
      for (const row of full[table]) {
        check(Object.keys(row).join(',') === names, () => `${table} columns ${Object.keys(row)}`);
        for (const column of columns) {
          check(valueFits(column, row[column.name]), () => `${table}.${column.name} = ${JSON.stringify(row[column.name])}`);
        }
        keys.add(keyOf(table, row));
      }
      check(keys.size === full[table].length, () => `${table} has duplicate primary keys`);
    }
    done();
  });

  it('runs about 30 campaigns at once across 4 carteras and 2 servicios', () => {
    const perDay = new Map<string, Set<string>>();
    for (const row of full.dashboard_data) {
      if (!perDay.has(row.fecha_foto as string)) perDay.set(row.fecha_foto as string, new Set());
      perDay.get(row.fecha_foto as string)!.add(row.archivo as string);
    }
    const sizes = [...perDay.values()].map((s) => s.size);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(perDay.size).toBe(397); // every day from 2025-10-26 to 2026-11-26
    expect(mean).toBeGreaterThan(25);
    expect(mean).toBeLessThan(36);
    expect(Math.min(...sizes)).toBeGreaterThan(12);
    expect(Math.max(...sizes)).toBeLessThan(50);
    expect(new Set(full.dashboard_data.map((r) => r.cartera))).toEqual(
      new Set(['TEMPRANA', 'ALTAS_NUEVAS', 'CUOTA_FRACCIONAMIENTO', 'OTRAS']),
    );
    expect(new Set(full.dashboard_data.map((r) => r.servicio))).toEqual(new Set(['MOVIL', 'FIJA']));
    const part = { TEMPRANA: 'Gestion_Temprana', ALTAS_NUEVAS: 'Altas_Nuevas', CUOTA_FRACCIONAMIENTO: 'Cuota_Fraccionamiento', OTRAS: 'Otras' };
    for (const row of full.assignment_data) {
      const opened = (row.fecha_asignacion as string).replaceAll('-', '');
      expect(row.archivo).toBe(`Cartera_Agencia_Cobranding_${part[row.cartera as keyof typeof part]}_${opened}`);
    }
  });

  it('keeps every dashboard row consistent with SPEC §4', () => {
    const { check, ratio, done } = checker();
    for (const r of full.dashboard_data) {
      const [cuentas, gest, cd, ci, sc, sg, pdp, total] = [
        'cuentas', 'cuentas_gestionadas', 'cuentas_cd', 'cuentas_ci', 'cuentas_sc', 'cuentas_sg', 'cuentas_pdp', 'total_gestiones',
      ].map((c) => n(r, c));
      const [deuda, actual, recupero] = [cents(r.deuda_asig), cents(r.deuda_act), cents(r.recupero)];
      const row = () => JSON.stringify(r);
      check(cd + ci + sc + sg === cuentas, () => `cd+ci+sc+sg ≠ cuentas: ${row()}`);
      check(cd + ci + sc === gest, () => `cd+ci+sc ≠ gestionadas: ${row()}`);
      check(n(r, 'clientes') <= cuentas, () => `clientes > cuentas: ${row()}`);
      check(pdp <= cd, () => `pdp > cd: ${row()}`);
      check(total >= gest, () => `total_gestiones < gestionadas: ${row()}`);
      check(actual <= deuda && recupero <= deuda, () => `debt: ${row()}`);
      ratio(r, 'pct_cober', pct(gest, cuentas));
      ratio(r, 'pct_contac', pct(cd + ci, cuentas));
      ratio(r, 'pct_cd', pct(cd, cuentas));
      ratio(r, 'pct_ci', pct(ci, cuentas));
      ratio(r, 'pct_conversion', pct(pdp, cd));
      ratio(r, 'pct_efectividad', pct(pdp, gest));
      ratio(r, 'pct_cierre', pct(recupero, deuda));
      ratio(r, 'inten', gest > 0 ? total / gest : 0);
    }
    done();
  });

  it('accumulates counts from the campaign opening: they never go down day over day', () => {
    const { check, done } = checker();
    const series = new Map<string, SourceRow[]>();
    for (const row of full.dashboard_data) {
      const key = `${row.archivo}|${row.servicio}`;
      if (!series.has(key)) series.set(key, []);
      series.get(key)!.push(row);
    }
    for (const rows of series.values()) {
      for (let i = 1; i < rows.length; i++) {
        const [prev, row] = [rows[i - 1], rows[i]];
        const pair = () => `${JSON.stringify(prev)} → ${JSON.stringify(row)}`;
        check(row.fecha_foto === addDays(prev.fecha_foto as string, 1), () => `gap in days: ${pair()}`);
        for (const fixed of ['cuentas', 'clientes', 'deuda_asig']) check(row[fixed] === prev[fixed], () => `${fixed} changed: ${pair()}`);
        for (const grows of ['cuentas_gestionadas', 'cuentas_cd', 'cuentas_pdp', 'total_gestiones']) {
          check(n(row, grows) >= n(prev, grows), () => `${grows} went down: ${pair()}`);
        }
        check(cents(row.recupero) >= cents(prev.recupero), () => `recupero went down: ${pair()}`);
        check(cents(row.deuda_act) <= cents(prev.deuda_act), () => `deuda_act went up: ${pair()}`);
      }
    }
    done();
    // And the campaigns really progress: most end far from where they started.
    const ends = [...series.values()].map((rows) => [rows[0], rows.at(-1)!]);
    expect(ends.filter(([a, b]) => n(b, 'total_gestiones') > n(a, 'total_gestiones') * 3).length).toBeGreaterThan(ends.length * 0.8);
  });

  it('sums evolution rows from the dashboard rows and counts business days', () => {
    const { check, ratio, done } = checker();
    const dash = new Map<string, SourceRow[]>();
    for (const row of full.dashboard_data) {
      const key = `${row.fecha_foto}|${row.archivo}`;
      dash.set(key, [...(dash.get(key) ?? []), row]);
    }
    const opened = new Map(full.assignment_data.map((r) => [r.archivo, r.fecha_asignacion]));
    const previous = new Map<string, SourceRow>();
    for (const r of full.evolution_data) {
      const parts = dash.get(`${r.fecha_foto}|${r.archivo}`) ?? [];
      const sum = (c: string) => parts.reduce((s, p) => s + n(p, c), 0);
      const sumCents = (c: string) => parts.reduce((s, p) => s + cents(p[c]), 0);
      const row = () => JSON.stringify(r);
      check(parts.length === 2 && r.cartera === parts[0].cartera, () => `no dashboard rows for ${row()}`);
      check(n(r, 'cuentas') === sum('cuentas') && n(r, 'cuentas_gestionadas') === sum('cuentas_gestionadas')
        && n(r, 'cuentas_contactadas') === sum('cuentas_cd') + sum('cuentas_ci') && n(r, 'cuentas_pdp') === sum('cuentas_pdp')
        && n(r, 'total_gestiones') === sum('total_gestiones'), () => `counts differ from dashboard_data: ${row()}`);
      check(cents(r.deuda_asig) === sumCents('deuda_asig') && cents(r.recupero) === sumCents('recupero'), () => `amounts differ: ${row()}`);
      ratio(r, 'pct_cober', pct(n(r, 'cuentas_gestionadas'), n(r, 'cuentas')));
      ratio(r, 'pct_contac', pct(n(r, 'cuentas_contactadas'), n(r, 'cuentas')));
      ratio(r, 'pct_efectividad', pct(n(r, 'cuentas_pdp'), n(r, 'cuentas_gestionadas')));
      ratio(r, 'pct_cierre', pct(cents(r.recupero), cents(r.deuda_asig)));
      // dia_gestion: Monday–Saturday count, 1 on the opening day, +1 per worked day.
      check(new Date(r.fecha_foto as string).getUTCDay() !== 0, () => `evolution row on a Sunday: ${row()}`);
      const prev = previous.get(r.archivo as string);
      if (prev) check(n(r, 'dia_gestion') === n(prev, 'dia_gestion') + 1, () => `dia_gestion skips: ${row()}`);
      else if (opened.get(r.archivo) === r.fecha_foto) check(r.dia_gestion === 1, () => `first dia_gestion: ${row()}`);
      previous.set(r.archivo as string, r);
    }
    done();
  });

  it('records each campaign once in assignment_data, on its opening date', () => {
    const first = new Map<string, string>();
    const latest = new Map<string, SourceRow[]>();
    for (const row of full.dashboard_data) {
      const archivo = row.archivo as string;
      if (!first.has(archivo)) first.set(archivo, row.fecha_foto as string);
      const seen = latest.get(archivo);
      if (!seen || seen[0].fecha_foto !== row.fecha_foto) latest.set(archivo, [row]);
      else seen.push(row);
    }
    expect(new Set(full.assignment_data.map((r) => r.archivo)).size).toBe(full.assignment_data.length);
    for (const r of full.assignment_data) {
      expect(r.periodo).toBe((r.fecha_asignacion as string).slice(0, 7));
      expect(first.get(r.archivo as string)).toBe(r.fecha_asignacion);
      const last = latest.get(r.archivo as string)!;
      expect(n(r, 'cuentas')).toBe(last.reduce((s, p) => s + n(p, 'cuentas'), 0));
      expect(n(r, 'clientes')).toBe(last.reduce((s, p) => s + n(p, 'clientes'), 0));
      expect(cents(r.deuda_asig)).toBe(last.reduce((s, p) => s + cents(p.deuda_asig), 0));
      expect(cents(r.deuda_actual)).toBe(last.reduce((s, p) => s + cents(p.deuda_act), 0));
      expect(Math.abs(cents(r.ticket_promedio) - cents(r.deuda_asig) / n(r, 'cuentas'))).toBeLessThanOrEqual(0.5);
    }
  });

  it('splits each day’s new actions over hours and canales, and the human ones over agents', () => {
    const { check, ratio, done } = checker();
    const hours: Record<string, [number, number]> = { BOT: [7, 21], HUMANO: [8, 20] };
    for (const r of full.operation_data) {
      const [total, efectivos, pdp, hora] = ['total_gestiones', 'contactos_efectivos', 'total_pdp', 'hora'].map((c) => n(r, c));
      const row = () => JSON.stringify(r);
      check(efectivos + n(r, 'contactos_no_efectivos') === total, () => `contactos don't add up: ${row()}`);
      check(pdp <= efectivos, () => `pdp > contactos_efectivos: ${row()}`);
      ratio(r, 'tasa_contacto', pct(efectivos, total));
      ratio(r, 'tasa_conversion', pct(pdp, efectivos));
      // Today is partial: nothing after the current hour in Lima (10).
      const [from, to] = hours[r.canal as string];
      check(hora >= from && hora <= (r.fecha_foto === TODAY ? 10 : to), () => `hour outside the canal's shift: ${row()}`);
    }
    const key = (r: SourceRow) => `${r.fecha_foto}|${r.archivo}`;
    const dashTotals = sumBy(full.dashboard_data, key, (r) => n(r, 'total_gestiones'));
    const opTotals = sumBy(full.operation_data, key, (r) => n(r, 'total_gestiones'));
    for (const [k, total] of dashTotals) {
      const [fecha, archivo] = k.split('|');
      if (fecha === FIRST_DAY) continue; // no previous day to difference against
      const added = total - (dashTotals.get(`${addDays(fecha, -1)}|${archivo}`) ?? 0);
      check((opTotals.get(k) ?? 0) === added, () => `${k}: operation_data has ${opTotals.get(k)} actions, dashboard_data added ${added}`);
    }
    done();
    expect([...opTotals.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1_000_000);
    const humano = sumBy(full.operation_data.filter((r) => r.canal === 'HUMANO'), key, (r) => n(r, 'total_gestiones'));
    const agents = sumBy(full.productivity_data, key, (r) => n(r, 'total_gestiones'));
    expect(agents).toEqual(humano);
  });

  it('ranks ~150 agents with consistent identities and §4 rates and score', () => {
    const { check, ratio, done } = checker();
    const identity = new Map<string, string>();
    for (const r of full.productivity_data) {
      const [g, ce, pdp] = [n(r, 'total_gestiones'), n(r, 'contactos_efectivos'), n(r, 'total_pdp')];
      const row = () => JSON.stringify(r);
      check(pdp <= ce && ce <= g, () => `pdp ≤ contactos ≤ gestiones broken: ${row()}`);
      ratio(r, 'tasa_contacto', pct(ce, g));
      ratio(r, 'tasa_conversion', pct(pdp, ce));
      ratio(r, 'score_productividad', 0.4 * g + 0.35 * ce + 0.25 * pdp);
      check(/^[a-z]+\.[a-z]+[a-z0-9]*@cobranzas\.pe$/.test(r.correo_agente as string), () => `correo: ${row()}`);
      check(/^\d{8}$/.test(r.dni_agente as string), () => `dni: ${row()}`);
      check(/^Equipo /.test(r.equipo as string) && (r.nombre_agente as string).split(' ').length === 3, () => `identity: ${row()}`);
      const who = `${r.nombre_agente}|${r.dni_agente}|${r.equipo}`;
      check((identity.get(r.correo_agente as string) ?? who) === who, () => `${r.correo_agente} is two people: ${row()}`);
      identity.set(r.correo_agente as string, who);
    }
    done();
    expect(identity.size).toBeGreaterThanOrEqual(145);
    expect(identity.size).toBeLessThanOrEqual(150);
    expect(new Set([...identity.values()].map((w) => w.split('|')[1])).size).toBe(identity.size);
    expect(new Set(full.productivity_data.map((r) => r.equipo)).size).toBe(10);
  });
});

describe('demo extraction windows and batches', () => {
  const source = createDemoSource({ now: () => NOW });

  it('returns exactly the rows whose incremental column is inside the window, and estimates them', async () => {
    const windows: [string | null, string][] = [['2026-03-10', '2026-03-20'], [null, '2025-12-31'], ['2026-11-20', '2027-01-01']];
    for (const table of MART_TABLES) {
      const column = TABLES[table].incrementalColumn;
      expect((await source.estimate({ table, start: null, end: TODAY })).rows).toBe(full[table].length);
      for (const [start, end] of windows) {
        const { rows } = await collect(source, table, start, end);
        const expected = full[table].filter((r) => (start === null || (r[column] as string) >= start) && (r[column] as string) <= end);
        expect(expected.length, `${table} ${start}..${end}`).toBeGreaterThan(0);
        expect(rows).toEqual(expected);
        expect((await source.estimate({ table, start, end })).rows).toBe(rows.length);
      }
      expect((await collect(source, table, '2020-01-01', '2025-10-25')).rows).toEqual([]);
    }
  });

  it('never yields a batch larger than the batch size', async () => {
    const { rows, batches } = await collect(source, 'operation_data', '2026-06-01', '2026-06-03', 777);
    expect(batches.length).toBeGreaterThan(3);
    expect(Math.max(...batches)).toBeLessThanOrEqual(777);
    expect(batches.slice(0, -1).every((b) => b === 777)).toBe(true);
    expect(rows.length).toBe(batches.reduce((a, b) => a + b, 0));
  });

  it('stops with the abort reason when cancelled between batches', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled by admin');
    let batches = 0;
    const run = async () => {
      for await (const _ of source.extract({ table: 'operation_data', start: null, end: TODAY }, { batchSize: 1000, signal: controller.signal })) {
        batches += 1;
        if (batches === 2) controller.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
    expect(batches).toBe(2);
    const aborted = AbortSignal.abort(reason);
    const iterator = source.extract({ table: 'dashboard_data', start: null, end: TODAY }, { batchSize: 10, signal: aborted });
    await expect(iterator[Symbol.asyncIterator]().next()).rejects.toBe(reason);
  });
});

describe('demo determinism and late-arriving data', () => {
  const recent = async (source: Source, table: MartTable) =>
    new Map((await collect(source, table, '2026-11-01', '2026-11-30')).rows.map((r) => [keyOf(table, r), r]));

  it('is a pure function of the seed and the hour', async () => {
    const a = createDemoSource({ now: at('2026-11-26T15:05:00Z') });
    const b = createDemoSource({ now: at('2026-11-26T15:55:59Z') });
    const other = createDemoSource({ seed: 7, now: () => NOW });
    for (const table of MART_TABLES) {
      const rowsA = (await collect(a, table, '2026-11-10', TODAY)).rows;
      expect((await collect(b, table, '2026-11-10', TODAY)).rows).toEqual(rowsA);
      expect(rowsA).toEqual(full[table].filter((r) => (r[TABLES[table].incrementalColumn] as string) >= '2026-11-10'));
      expect((await collect(other, table, '2026-11-10', TODAY)).rows).not.toEqual(rowsA);
    }
  });

  it('grows the last three days hour by hour and never touches older days', async () => {
    const morning = createDemoSource({ now: at('2026-11-26T15:30:00Z') }); // 10:30 Lima
    const afternoon = createDemoSource({ now: at('2026-11-26T21:30:00Z') }); // 16:30 Lima
    const changedDays = (table: MartTable, a: Map<string, SourceRow>, b: Map<string, SourceRow>) => {
      const days = new Set<string>();
      for (const [key, row] of b) if (JSON.stringify(a.get(key)) !== JSON.stringify(row)) days.add(row.fecha_foto as string);
      return [...days].sort();
    };
    for (const table of ['dashboard_data', 'evolution_data', 'operation_data', 'productivity_data'] as const) {
      const [a, b] = [await recent(morning, table), await recent(afternoon, table)];
      expect(changedDays(table, a, b), table).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
      for (const key of a.keys()) expect(b.has(key), `${table} ${key} vanished`).toBe(true);
      if (table === 'dashboard_data') {
        for (const [key, row] of a) {
          for (const c of ['cuentas_gestionadas', 'cuentas_cd', 'cuentas_pdp', 'total_gestiones']) {
            expect(n(b.get(key)!, c)).toBeGreaterThanOrEqual(n(row, c));
          }
          expect(cents(b.get(key)!.recupero)).toBeGreaterThanOrEqual(cents(row.recupero));
        }
      }
    }
    // assignment_data follows each running campaign's latest debt; finished campaigns stay put.
    const [a, b] = [full.assignment_data, (await collect(afternoon, 'assignment_data', null, TODAY)).rows];
    expect(b.filter((r, i) => JSON.stringify(r) !== JSON.stringify(a[i])).every((r) => (r.fecha_asignacion as string) >= '2026-10-20')).toBe(true);
    expect(b).not.toEqual(a);
  });

  it('keeps days older than three days identical when the date moves on', async () => {
    const tomorrow = createDemoSource({ now: at('2026-11-27T15:30:00Z') });
    for (const table of ['dashboard_data', 'operation_data', 'productivity_data'] as const) {
      const old = (await collect(tomorrow, table, '2026-11-01', '2026-11-23')).rows;
      expect(old).toEqual(full[table].filter((r) => (r.fecha_foto as string) >= '2026-11-01' && (r.fecha_foto as string) <= '2026-11-23'));
    }
  });
});
