// assignment_data: one row per file received, keyed (periodo, archivo, cartera)
// and dated by its opening; deuda_actual follows the campaign's latest
// snapshot, so a row keeps changing while its campaign runs (hence the
// table's 30-day lookback) and is final once the campaign closes.
import type { SourceRow } from '../source';
import { snapshot } from './activity';
import { periodoOf } from './calendar';
import { isoOf } from './clock';
import type { DemoContext, TableGenerator } from './context';
import { money } from './format';

function* rows(ctx: DemoContext, from: number, to: number): Generator<SourceRow> {
  for (let day = from; day <= to; day++) {
    for (const campaign of ctx.calendar.openedOn(day)) {
      const latest = Math.min(campaign.close, ctx.clock.today);
      let clientes = 0, cuentas = 0, deuda = 0, actual = 0;
      for (const plan of campaign.servicios) {
        const s = snapshot(ctx.clock, campaign, plan, latest);
        clientes += s.clientes;
        cuentas += s.cuentas;
        deuda += s.deudaCents;
        actual += s.deudaActCents;
      }
      yield {
        periodo: periodoOf(campaign),
        archivo: campaign.archivo,
        cartera: campaign.cartera,
        fecha_asignacion: isoOf(campaign.open),
        clientes,
        cuentas,
        deuda_asig: money(deuda),
        deuda_actual: money(actual),
        ticket_promedio: money(cuentas > 0 ? Math.round(deuda / cuentas) : 0),
      };
    }
  }
}

function count(ctx: DemoContext, from: number, to: number): number {
  let n = 0;
  for (let day = from; day <= to; day++) n += ctx.calendar.openedOn(day).length;
  return n;
}

export const assignment: TableGenerator = { rows, count };
