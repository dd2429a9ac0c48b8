// The manager's filters as the API receives them: search params in, typed
// filters out — or one typed error listing every problem, for the API's 400.
import { describe, expect, it } from 'vitest';
import {
  DashboardFilterError, filtersToSearchParams, MAX_RANGE_DAYS, parseDashboardFilters, type DashboardFilters,
} from '../../lib/dashboards/filters';
import { parseEvolutionMetric, parseRankingPage } from '../../lib/dashboards/view-options';

const parse = (query: string) => parseDashboardFilters(new URLSearchParams(query));

function issuesOf(query: string) {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(DashboardFilterError);
    return (error as DashboardFilterError).issues;
  }
  throw new Error(`"${query}" was accepted`);
}

describe('parseDashboardFilters', () => {
  it('defaults to the latest date and no other filter', () => {
    expect(parse('')).toEqual({ dates: { kind: 'latest' }, cartera: [], servicio: [], archivo: null, canal: null, equipo: null });
  });

  it('reads a cut-off date, a range and every single-valued filter', () => {
    expect(parse('fecha_corte=2026-03-31').dates).toEqual({ kind: 'cutoff', fecha: '2026-03-31' });
    expect(parse('desde=2026-03-01&hasta=2026-03-31&archivo=Cartera_X&canal=BOT&equipo=Equipo%20Sur')).toMatchObject({
      dates: { kind: 'range', desde: '2026-03-01', hasta: '2026-03-31' },
      archivo: 'Cartera_X', canal: 'BOT', equipo: 'Equipo Sur',
    });
  });

  it('accepts repeated params and comma lists alike, in the known order and without repeats', () => {
    const repeated = parse('cartera=OTRAS&cartera=TEMPRANA&servicio=FIJA');
    const listed = parse('cartera=TEMPRANA,OTRAS,TEMPRANA&servicio=FIJA');
    expect(repeated).toEqual(listed);
    expect(listed.cartera).toEqual(['TEMPRANA', 'OTRAS']);
  });

  it('refuses unknown values, naming the param and the allowed set', () => {
    expect(issuesOf('cartera=TEMPRANA,MOROSOS&servicio=CABLE&canal=EMAIL')).toEqual([
      { param: 'cartera', message: '"MOROSOS" is not one of TEMPRANA, ALTAS_NUEVAS, CUOTA_FRACCIONAMIENTO, OTRAS' },
      { param: 'servicio', message: '"CABLE" is not one of MOVIL, FIJA' },
      { param: 'canal', message: '"EMAIL" is not one of BOT, HUMANO' },
    ]);
  });

  it('refuses dates that are not real days', () => {
    expect(issuesOf('fecha_corte=2026-02-30')).toEqual([{ param: 'fecha_corte', message: '"2026-02-30" is not a date (YYYY-MM-DD)' }]);
    expect(issuesOf('fecha_corte=31/03/2026')[0].param).toBe('fecha_corte');
  });

  it('refuses a backwards range, an over-long range, half a range, and a cut-off with a range', () => {
    expect(issuesOf('desde=2026-04-02&hasta=2026-04-01')).toEqual([{ param: 'desde', message: 'desde (2026-04-02) is after hasta (2026-04-01)' }]);
    expect(issuesOf('desde=2025-01-01&hasta=2026-03-01')).toEqual([
      { param: 'hasta', message: `the range spans 425 days; at most ${MAX_RANGE_DAYS} are allowed` },
    ]);
    expect(issuesOf('desde=2026-01-01')).toEqual([{ param: 'hasta', message: 'desde and hasta go together' }]);
    expect(issuesOf('fecha_corte=2026-01-01&desde=2026-01-01&hasta=2026-01-02')[0]).toEqual({
      param: 'fecha_corte', message: 'give either fecha_corte or desde/hasta, not both',
    });
  });

  it('accepts exactly the longest range allowed', () => {
    expect(parse('desde=2025-01-01&hasta=2026-02-04').dates).toEqual({ kind: 'range', desde: '2025-01-01', hasta: '2026-02-04' });
  });

  it('refuses two values for a single-valued param, and says so in the error message', () => {
    const error = (() => {
      try {
        parse('fecha_corte=2026-01-01&fecha_corte=2026-01-02');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(DashboardFilterError);
    expect(error?.message).toBe('Invalid dashboard filters: fecha_corte: give one value, got 2');
  });
});

describe('filtersToSearchParams', () => {
  it('is the inverse of parsing, so a page can keep its filters in the URL', () => {
    const all: DashboardFilters[] = [
      parse(''),
      parse('fecha_corte=2026-03-31&cartera=ALTAS_NUEVAS'),
      parse('desde=2026-03-01&hasta=2026-03-31&cartera=TEMPRANA,OTRAS&servicio=MOVIL&archivo=A,B&canal=HUMANO&equipo=Equipo Sur'),
    ];
    for (const f of all) expect(parseDashboardFilters(filtersToSearchParams(f))).toEqual(f);
    expect(filtersToSearchParams(all[2]).toString()).toBe(
      'desde=2026-03-01&hasta=2026-03-31&cartera=TEMPRANA%2COTRAS&servicio=MOVIL&archivo=A%2CB&canal=HUMANO&equipo=Equipo+Sur',
    );
  });
});

describe('the view options beside the filters', () => {
  it('read the evolution metric and the ranking page, with defaults', () => {
    expect(parseEvolutionMetric(new URLSearchParams(''))).toBe('pctContac');
    expect(parseEvolutionMetric(new URLSearchParams('metrica=pctCierre'))).toBe('pctCierre');
    expect(parseRankingPage(new URLSearchParams(''))).toEqual({ limit: 100, offset: 0 });
    expect(parseRankingPage(new URLSearchParams('limit=25&offset=50'))).toEqual({ limit: 25, offset: 50 });
  });

  it('refuse what they cannot show, with the same typed error', () => {
    expect(() => parseEvolutionMetric(new URLSearchParams('metrica=pct_contac'))).toThrow(DashboardFilterError);
    expect(() => parseEvolutionMetric(new URLSearchParams('metrica=pct_contac'))).toThrow(/metrica: "pct_contac" is not one of pctCober/);
    expect(() => parseRankingPage(new URLSearchParams('limit=5000'))).toThrow(/limit: must be at most 1000/);
    expect(() => parseRankingPage(new URLSearchParams('offset=-1&limit=x'))).toThrow(
      'Invalid dashboard filters: limit: is not a number; offset: must be 0 or more',
    );
  });
});
