// SPEC §4's rules as the pages will show them: zero denominators, the status
// thresholds at their edges, and ratios of sums.
import { describe, expect, it } from 'vitest';
import { channelCounts, dataMetrics, dataRowStatus, ratio, ticketPromedio, variation } from '../../lib/dashboards/metrics';
import { quartileOf, rankPage } from '../../lib/dashboards/queries/productivity';

describe('the ratio rules', () => {
  it('give 0, never NaN or Infinity, for an empty group', () => {
    const empty = dataMetrics({});
    expect(Object.values(empty).every((v) => v === 0)).toBe(true);
    expect(channelCounts({ total_gestiones: 0, contactos_efectivos: 0 })).toMatchObject({ tasaContacto: 0, tasaConversion: 0, duracionPromedioSeg: 0 });
    expect(ticketPromedio(1000, 0)).toBe(0);
  });

  it('compute each dashboard ratio from its own counts, inten as actions per managed account', () => {
    const m = dataMetrics({
      cuentas: 200, cuentas_gestionadas: 150, cuentas_cd: 60, cuentas_ci: 30, cuentas_pdp: 15,
      total_gestiones: 420, deuda_asig: '10000.00', recupero: '1234.56',
    });
    expect(m).toMatchObject({
      pctCober: 75, pctContac: 45, pctCd: 30, pctCi: 15, pctConversion: 25, pctEfectividad: 10, pctCierre: 12.35, inten: 2.8,
    });
  });

  it('flag contacto at 70, cierre at 15 and intensidad at 2.0 — the threshold itself is ok', () => {
    expect(dataRowStatus({ pctContac: 70, pctCierre: 15, inten: 2 })).toEqual({ contacto: 'ok', cierre: 'ok', inten: 'ok' });
    expect(dataRowStatus({ pctContac: 69.99, pctCierre: 14.99, inten: 1.99 })).toEqual({ contacto: 'warning', cierre: 'warning', inten: 'warning' });
  });

  it('round to two decimals and report no variation against nothing', () => {
    expect(ratio(1, 3)).toBe(33.33);
    expect(variation(150, 100)).toBe(50);
    expect(variation(80, 100)).toBe(-20);
    expect(variation(5, 0)).toBeNull();
  });
});

describe('ranking a page', () => {
  const page = (scores: number[]) => scores.map((score100, i) => ({ id: i, score100 }));

  it('gives equal scores one rank, also when their ties began on an earlier page', () => {
    // Scores of all agents: 900, 800, 800, 800, 700, 700, 600 — the page (offset 3) shows the last four.
    expect(rankPage(page([800, 700, 700, 600]), 3, 1).map((r) => r.rank)).toEqual([2, 5, 5, 7]);
    expect(rankPage(page([900, 800, 800]), 0, 0).map((r) => r.rank)).toEqual([1, 2, 2]);
  });

  it('puts ties in one quartile and never a better score in a worse one', () => {
    const ranks = [1, 2, 2, 2, 5, 6, 7, 8];
    const quartiles = ranks.map((r) => quartileOf(r, 8));
    expect(quartiles).toEqual([1, 1, 1, 1, 3, 3, 4, 4]);
  });
});
