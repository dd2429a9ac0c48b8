// Printing: markdown tables (they paste into docs/benchmarks.md), the
// plain/Pulso ratios, and one PASS/MISS line per endpoint and page.
import { table } from '../etl-load/report';
import { percentile, type Latencies } from './load';
import type { PageTimes } from './pages';

export { table };

export const ms = (v: number) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (plain: number, pulso: number) => (pulso > 0 && !Number.isNaN(plain) ? `${(plain / pulso).toFixed(plain / pulso < 10 ? 1 : 0)} ×` : '–');

export interface EndpointResult {
  endpoint: string;
  pulso: Latencies;
  plain: Latencies;
  /** The scenario of each request index. */
  scenarioOf: (index: number) => string;
}

const summary = (l: Latencies) => ({
  n: l.sorted.length, rps: l.sorted.length / l.seconds,
  p50: percentile(l.sorted, 50), p95: percentile(l.sorted, 95), p99: percentile(l.sorted, 99),
});
const failed = (l: Latencies) => (l.errors > 0 ? `, ${l.errors} failed` : '');

/** CPU milliseconds per request: the console's process + the database's backends. */
const cpu = (l: Latencies) => (l.cpu ? `${ms(l.cpu.server)} + ${ms(l.cpu.database)}` : '–');

export function summaryTable(results: EndpointResult[]): string {
  return table(
    ['endpoint', 'Pulso p50 / p95 / p99 ms', 'req/s', 'CPU ms/req server + PG', 'plain p50 / p95 / p99 ms', 'req/s', 'CPU ms/req server + PG', 'p95 plain ÷ Pulso'],
    results.map(({ endpoint, pulso, plain }) => {
      const a = summary(pulso);
      const b = summary(plain);
      return [
        endpoint, `${ms(a.p50)} / ${ms(a.p95)} / ${ms(a.p99)}${failed(pulso)}`, a.rps.toFixed(0), cpu(pulso),
        `${ms(b.p50)} / ${ms(b.p95)} / ${ms(b.p99)}${b.n < 100 ? ` (${b.n} req)` : ''}${failed(plain)}`, b.rps.toFixed(1), cpu(plain),
        ratio(b.p95, a.p95),
      ];
    }),
  );
}

/** p50 and p95 of each scenario within the same mixed run. */
export function scenarioTable(result: EndpointResult): string {
  const by = (l: Latencies) => {
    const groups = new Map<string, number[]>();
    l.byIndex.forEach((v, i) => {
      if (Number.isNaN(v)) return;
      const key = result.scenarioOf(i);
      groups.set(key, [...(groups.get(key) ?? []), v]);
    });
    for (const values of groups.values()) values.sort((x, y) => x - y);
    return groups;
  };
  const pulso = by(result.pulso);
  const plain = by(result.plain);
  return table(['scenario', 'Pulso p50 / p95 ms', 'plain p50 / p95 ms', 'p95 ratio'], [...pulso.keys()].map((name) => {
    const a = pulso.get(name)!;
    const b = plain.get(name) ?? [];
    return [name, `${ms(percentile(a, 50))} / ${ms(percentile(a, 95))}`,
      b.length ? `${ms(percentile(b, 50))} / ${ms(percentile(b, 95))}${b.length < 20 ? ` (${b.length} req)` : ''}` : 'none finished',
      ratio(percentile(b, 95), percentile(a, 95))];
  }));
}

/** The same load on Pulso's console and on its query functions called in-process: what HTTP, auth and JSON add. */
export function overheadTable(rows: { endpoint: string; http: Latencies; inProcess: Latencies }[]): string {
  return table(['endpoint', 'HTTP p50 / p95 ms', 'in-process p50 / p95 ms', 'HTTP adds at p50 / p95 ms'], rows.map(({ endpoint, http, inProcess }) => {
    const a = summary(http);
    const b = summary(inProcess);
    return [endpoint, `${ms(a.p50)} / ${ms(a.p95)}`, `${ms(b.p50)} / ${ms(b.p95)}${failed(inProcess)}`, `${ms(a.p50 - b.p50)} / ${ms(a.p95 - b.p95)}`];
  }));
}

export function verdicts(results: EndpointResult[], targetMs: number): string[] {
  return results.map(({ endpoint, pulso }) => {
    const p95 = percentile(pulso.sorted, 95);
    const errors = pulso.errors > 0 ? `; ${pulso.errors} failed (${pulso.firstError})` : '';
    return `${p95 < targetMs && pulso.errors === 0 ? 'PASS' : 'MISS'}  ${endpoint}: p95 ${ms(p95)} ms (target < ${targetMs} ms)${errors}`;
  });
}

const pageStats = (t: PageTimes) => {
  const sorted = t.ms.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN, failed: t.ms.length - sorted.length };
};

export function pagesTable(pulso: PageTimes[], plain: PageTimes[]): string {
  return table(['page', 'Pulso p50 / p95 / max ms', 'plain p50 / p95 / max ms', 'p95 plain ÷ Pulso'], pulso.map((a, i) => {
    const x = pageStats(a);
    const y = pageStats(plain[i]);
    const cell = (s: typeof x) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}${s.failed ? `, ${s.failed} failed` : ''}`;
    return [`/dashboards/${a.page}`, cell(x), cell(y), ratio(y.p95, x.p95)];
  }));
}

export function pageVerdicts(results: PageTimes[], targetMs: number): string[] {
  return results.map((t) => {
    const s = pageStats(t);
    const errors = s.failed > 0 ? `; ${s.failed} failed (${t.firstError})` : '';
    return `${s.p95 < targetMs && s.failed === 0 ? 'PASS' : 'MISS'}  /dashboards/${t.page}: interactive p95 ${ms(s.p95)} ms (target < ${targetMs} ms)${errors}`;
  });
}
