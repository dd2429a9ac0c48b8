// operation_data: one row per (fecha_foto, hora, canal, archivo) for every hour
// a canal works on a business day (BOT 7–21, HUMANO 8–20; today only up to the
// current hour). A day's rows add up to the day's new actions in dashboard_data.
import { CANALES } from '../../../db/schema';
import type { SourceRow } from '../source';
import { HOUR_WEIGHTS, hoursOf, observedActions } from './activity';
import type { Campaign, Canal } from './calendar';
import { isBusinessDay, isoOf } from './clock';
import type { DemoContext, TableGenerator } from './context';
import { pct } from './format';
import { between, hash, SALT, split, unit } from './random';

/** Contact and promise rates and call length (seconds) by canal: bots reach fewer people, faster. */
const PROFILE: Record<Canal, { contact: [number, number]; conversion: [number, number]; seconds: [number, number] }> = {
  BOT: { contact: [0.18, 0.32], conversion: [0.05, 0.12], seconds: [35, 60] },
  HUMANO: { contact: [0.35, 0.55], conversion: [0.15, 0.3], seconds: [120, 240] },
};

function* campaignDay(ctx: DemoContext, campaign: Campaign, day: number, fecha: string): Generator<SourceRow> {
  for (const [c, canal] of CANALES.entries()) {
    const hours = hoursOf(ctx.clock, day, canal);
    if (hours.length === 0) continue;
    let total = 0;
    for (const plan of campaign.servicios) total += observedActions(ctx.clock, campaign, plan, day)[canal];
    const u = (...key: number[]) => unit(ctx.seed, SALT.hourly, campaign.id, day, c, ...key);
    const weights = hours.map((h) => HOUR_WEIGHTS[canal][h] * between(u(h, 0), 0.8, 1.2));
    const parts = split(total, weights, hash(ctx.seed, SALT.hourly, campaign.id, day, c));
    const profile = PROFILE[canal];
    const contact = between(unit(ctx.seed, SALT.hourly, campaign.id, c, 1), ...profile.contact);
    const conversion = between(unit(ctx.seed, SALT.hourly, campaign.id, c, 2), ...profile.conversion);
    for (let i = 0; i < hours.length; i++) {
      const gestiones = parts[i];
      const efectivos = Math.min(gestiones, Math.round(gestiones * contact * between(u(hours[i], 1), 0.85, 1.15)));
      const pdp = Math.min(efectivos, Math.round(efectivos * conversion * between(u(hours[i], 2), 0.8, 1.2)));
      yield {
        fecha_foto: fecha,
        hora: hours[i],
        canal,
        archivo: campaign.archivo,
        total_gestiones: gestiones,
        contactos_efectivos: efectivos,
        contactos_no_efectivos: gestiones - efectivos,
        total_pdp: pdp,
        duracion_seg: Math.round(gestiones * between(u(hours[i], 3), ...profile.seconds)),
        tasa_contacto: pct(efectivos, gestiones),
        tasa_conversion: pct(pdp, efectivos),
      };
    }
  }
}

function* rows(ctx: DemoContext, from: number, to: number): Generator<SourceRow> {
  for (let day = from; day <= to; day++) {
    if (!isBusinessDay(day)) continue;
    const fecha = isoOf(day);
    for (const campaign of ctx.calendar.activeOn(day)) yield* campaignDay(ctx, campaign, day, fecha);
  }
}

function count(ctx: DemoContext, from: number, to: number): number {
  let n = 0;
  for (let day = from; day <= to; day++) {
    if (!isBusinessDay(day)) continue;
    const hours = hoursOf(ctx.clock, day, 'BOT').length + hoursOf(ctx.clock, day, 'HUMANO').length;
    n += ctx.calendar.activeOn(day).length * hours;
  }
  return n;
}

export const operation: TableGenerator = { rows, count };
