// evolution_data: one row per (fecha_foto, archivo) on each business day of a
// campaign, the sum of its servicios' dashboard rows with ratios recomputed
// from those sums (SPEC §4), so the dia_gestion series has one point per day.
import type { SourceRow } from '../source';
import { snapshot } from './activity';
import { isBusinessDay, isoOf } from './clock';
import type { DemoContext, TableGenerator } from './context';
import { money, pct } from './format';

function* rows(ctx: DemoContext, from: number, to: number): Generator<SourceRow> {
  for (let day = from; day <= to; day++) {
    if (!isBusinessDay(day)) continue;
    const fecha = isoOf(day);
    for (const campaign of ctx.calendar.activeOn(day)) {
      let cuentas = 0, gestionadas = 0, contactadas = 0, pdp = 0, gestiones = 0, deuda = 0, recupero = 0;
      for (const plan of campaign.servicios) {
        const s = snapshot(ctx.clock, campaign, plan, day);
        cuentas += s.cuentas;
        gestionadas += s.gestionadas;
        contactadas += s.cd + s.ci;
        pdp += s.pdp;
        gestiones += s.gestiones;
        deuda += s.deudaCents;
        recupero += s.recuperoCents;
      }
      yield {
        fecha_foto: fecha,
        archivo: campaign.archivo,
        cartera: campaign.cartera,
        dia_gestion: campaign.diaGestion[day - campaign.open],
        cuentas,
        cuentas_gestionadas: gestionadas,
        cuentas_contactadas: contactadas,
        cuentas_pdp: pdp,
        total_gestiones: gestiones,
        deuda_asig: money(deuda),
        recupero: money(recupero),
        pct_cober: pct(gestionadas, cuentas),
        pct_contac: pct(contactadas, cuentas),
        pct_efectividad: pct(pdp, gestionadas),
        pct_cierre: pct(recupero, deuda),
      };
    }
  }
}

function count(ctx: DemoContext, from: number, to: number): number {
  let n = 0;
  for (let day = from; day <= to; day++) if (isBusinessDay(day)) n += ctx.calendar.activeOn(day).length;
  return n;
}

export const evolution: TableGenerator = { rows, count };
