// What the dashboard pages send and export: each endpoint is asked with only
// the filters its mart honours (so a filter it ignores never splits the
// cache), and a CSV keeps every value intact, quoted where it must be.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/client/csv';
import { dashboardQuery } from '../../lib/client/dashboards';
import { parseDashboardFilters } from '../../lib/dashboards/filters';

const filters = parseDashboardFilters(new URLSearchParams('fecha_corte=2026-11-20&cartera=TEMPRANA&canal=BOT&equipo=Equipo Sur&archivo=X'));

describe('dashboardQuery', () => {
  it('sends each endpoint only the filters it honours, then the view options', () => {
    expect(dashboardQuery('dashboard', filters)).toBe('?fecha_corte=2026-11-20&cartera=TEMPRANA&archivo=X');
    expect(dashboardQuery('operation', filters)).toBe('?fecha_corte=2026-11-20&archivo=X&canal=BOT');
    expect(dashboardQuery('productivity', filters, { limit: 25, offset: 50 })).toBe('?fecha_corte=2026-11-20&archivo=X&equipo=Equipo+Sur&limit=25&offset=50');
  });

  it('round-trips through the server’s parser', () => {
    const sent = new URLSearchParams(dashboardQuery('dashboard', filters).slice(1));
    expect(parseDashboardFilters(sent)).toEqual({ ...filters, canal: null, equipo: null });
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, keeps numbers raw and leaves nulls empty', () => {
    const csv = toCsv(['Campaña', 'Cuentas', 'Recupero'], [
      ['Cartera "A", 2026', 1234567, 1419838.87],
      ['línea\nnueva', 0, null],
    ]);
    expect(csv).toBe('Campaña,Cuentas,Recupero\r\n"Cartera ""A"", 2026",1234567,1419838.87\r\n"línea\nnueva",0,\r\n');
  });
});
