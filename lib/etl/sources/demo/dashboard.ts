// dashboard_data: one row per (fecha_foto, archivo, cartera, servicio) for every
// day a campaign runs, Sundays included (the snapshot is taken daily).
import type { SourceRow } from '../source';
import { snapshot } from './activity';
import { isoOf } from './clock';
import type { DemoContext, TableGenerator } from './context';
import { money, pct, ratio } from './format';

function* rows(ctx: DemoContext, from: number, to: number): Generator<SourceRow> {
  for (let day = from; day <= to; day++) {
    const fecha = isoOf(day);
    for (const campaign of ctx.calendar.activeOn(day)) {
      for (const plan of campaign.servicios) {
        const s = snapshot(ctx.clock, campaign, plan, day);
        yield {
          fecha_foto: fecha,
          archivo: campaign.archivo,
          cartera: campaign.cartera,
          servicio: plan.servicio,
          cuentas: s.cuentas,
          clientes: s.clientes,
          deuda_asig: money(s.deudaCents),
          deuda_act: money(s.deudaActCents),
          cuentas_gestionadas: s.gestionadas,
          cuentas_cd: s.cd,
          cuentas_ci: s.ci,
          cuentas_sc: s.sc,
          cuentas_sg: s.sg,
          cuentas_pdp: s.pdp,
          total_gestiones: s.gestiones,
          recupero: money(s.recuperoCents),
          pct_cober: pct(s.gestionadas, s.cuentas),
          pct_contac: pct(s.cd + s.ci, s.cuentas),
          pct_cd: pct(s.cd, s.cuentas),
          pct_ci: pct(s.ci, s.cuentas),
          pct_conversion: pct(s.pdp, s.cd),
          pct_efectividad: pct(s.pdp, s.gestionadas),
          pct_cierre: pct(s.recuperoCents, s.deudaCents),
          inten: ratio(s.gestiones, s.gestionadas),
        };
      }
    }
  }
}

function count(ctx: DemoContext, from: number, to: number): number {
  let n = 0;
  for (let day = from; day <= to; day++) {
    for (const campaign of ctx.calendar.activeOn(day)) n += campaign.servicios.length;
  }
  return n;
}

export const dashboard: TableGenerator = { rows, count };
