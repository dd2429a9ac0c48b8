// The dashboard endpoints over HTTP, as a manager's page calls them: totals
// equal the sum of their rows, grouped ratios are ratios of sums (never an
// average of percentages), filters change the numbers, bad filters get a 400
// naming each one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MART_TABLES } from '../../lib/etl/config';
import { refreshTables } from '../../lib/etl/refresh';
import { createDemoSource } from '../../lib/etl/sources/demo';
import { startConsole, type TestConsole } from '../helpers/console';
import { tokenClient } from '../helpers/http';

const NOW = new Date('2026-11-20T15:00:00Z');
let app: TestConsole;
let viewer: ReturnType<typeof tokenClient>;
const get = async (path: string) => {
  const response = await viewer('GET', path);
  expect(response.status, `${path}: ${response.text.slice(0, 300)}`).toBe(200);
  return response.body.data;
};
const sum = (rows: Record<string, number>[], key: string) => rows.reduce((total, row) => total + row[key], 0);

beforeAll(async () => {
  app = await startConsole();
  const source = createDemoSource({ now: () => NOW, campaignsPerMonth: 12, agents: 40 });
  const requests = MART_TABLES.map((table) => ({ table, mode: 'incremental' as const, trigger: 'cli' as const, force: true }));
  await refreshTables({ sql: app.database.sql, source, now: () => NOW }, requests);
  viewer = tokenClient(app.url, await app.token('viewer', 'manager'));
}, 600_000);
afterAll(() => app?.stop());

describe('GET /dashboard', () => {
  it('has totals equal to the sum of the cartera rows and of the servicio rows, with ratios of the sums', async () => {
    const data = await get('/dashboard?fecha_corte=2026-11-20');
    expect(data.segmentoData.length).toBeGreaterThan(1);
    for (const key of ['cuentas', 'cuentasGestionadas', 'cuentasCd', 'cuentasCi', 'cuentasPdp', 'totalGestiones']) {
      expect(sum(data.segmentoData, key), key).toBe(data.total[key]);
      expect(sum(data.negocioData, key), key).toBe(data.total[key]);
    }
    expect(sum(data.segmentoData, 'recupero')).toBeCloseTo(data.total.recupero, 2);
    const t = data.total;
    expect(t.cuentasCd + t.cuentasCi + t.cuentasSc + t.cuentasSg).toBe(t.cuentas);
    // Ratios arrive rounded to hundredths.
    expect(t.pctContac).toBeCloseTo((100 * (t.cuentasCd + t.cuentasCi)) / t.cuentas, 1);
    expect(t.pctCierre).toBeCloseTo((100 * t.recupero) / t.deudaAsig, 1);
    expect(t.inten).toBeCloseTo(t.totalGestiones / t.cuentasGestionadas, 1);
    // The average of the carteras' percentages is a different, wrong number.
    const averaged = sum(data.segmentoData, 'pctContac') / data.segmentoData.length;
    expect(Math.abs(averaged - t.pctContac)).toBeGreaterThan(0.01);
    expect(t.status).toEqual({ contacto: t.pctContac >= 70 ? 'ok' : 'warning', cierre: t.pctCierre >= 15 ? 'ok' : 'warning', inten: t.inten >= 2 ? 'ok' : 'warning' });
  });

  it('changes with the filters: one cartera’s total is that cartera’s row', async () => {
    const all = await get('/dashboard?fecha_corte=2026-11-20');
    const temprana = await get('/dashboard?fecha_corte=2026-11-20&cartera=TEMPRANA');
    const row = all.segmentoData.find((r: { label: string }) => r.label === 'TEMPRANA');
    expect(temprana.total.cuentas).toBe(row.cuentas);
    expect(temprana.total.cuentas).toBeLessThan(all.total.cuentas);
    const movil = await get('/dashboard?fecha_corte=2026-11-20&servicio=MOVIL');
    expect(movil.total.cuentas).toBe(all.negocioData.find((r: { label: string }) => r.label === 'MOVIL').cuentas);
    const earlier = await get('/dashboard?fecha_corte=2026-10-15');
    expect(earlier.total.cuentas).not.toBe(all.total.cuentas);
  });
});

describe('the other dashboards', () => {
  it('answer with their front-end types, and their filters change the numbers', async () => {
    const evolution = await get('/evolution?metrica=pctCober');
    expect(evolution.metric).toBe('pctCober');
    expect(evolution.series[0].points[0]).toMatchObject({ day: 1, value: expect.any(Number) });
    const assignment = await get('/assignment');
    expect(sum(assignment.composicion, 'cuentas')).toBe(assignment.actual.cuentas);
    const operation = await get('/operation?fecha_corte=2026-11-19');
    expect(sum(operation.canales, 'totalGestiones')).toBe(operation.total.totalGestiones);
    const bot = await get('/operation?fecha_corte=2026-11-19&canal=BOT');
    expect(bot.total.totalGestiones).toBe(operation.canales.find((c: { canal: string }) => c.canal === 'BOT').totalGestiones);
    const productivity = await get('/productivity?desde=2026-11-01&hasta=2026-11-19&limit=10');
    expect(productivity.ranking).toHaveLength(10);
    expect(productivity.ranking.map((r: { rank: number }) => r.rank)).toEqual([...productivity.ranking.map((r: { rank: number }) => r.rank)].sort((a, b) => a - b));
    const options = await get('/filters');
    expect(options.carteras).toEqual(['TEMPRANA', 'ALTAS_NUEVAS', 'CUOTA_FRACCIONAMIENTO', 'OTRAS']);
    expect(options.fechas.at(-1)).toBe('2026-11-20');
  });
});

describe('bad filters', () => {
  it('get a 400 that names each problem', async () => {
    const cases: [string, RegExp][] = [
      ['/dashboard?fecha_corte=2026-02-30', /query\.fecha_corte: "2026-02-30" is not a date/],
      ['/dashboard?cartera=TEMPRANA,PLATINO', /query\.cartera: "PLATINO" is not one of TEMPRANA/],
      ['/dashboard?desde=2026-11-10&hasta=2026-11-01', /desde \(2026-11-10\) is after hasta/],
      ['/operation?desde=2024-01-01&hasta=2026-01-01', /at most 400 are allowed/],
      ['/operation?canal=EMAIL', /query\.canal: "EMAIL" is not one of BOT, HUMANO/],
      ['/evolution?metrica=felicidad', /query\.metrica/],
      ['/productivity?limit=0', /query\.limit: must be at least 1/],
      ['/dashboard?fecha_corte=2026-11-20&desde=2026-11-01&hasta=2026-11-20', /either fecha_corte or desde\/hasta/],
    ];
    for (const [path, message] of cases) {
      const response = await viewer('GET', path);
      expect(response.status, path).toBe(400);
      expect(response.body.error.code).toBe('validation_error');
      expect(response.body.error.message, path).toMatch(message);
    }
  });
});
