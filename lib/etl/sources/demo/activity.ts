// What has been observed of a campaign by the current revision: recent days
// are incomplete (actions and payments arrive late), and every count of
// SPEC §4 is derived from the cumulative actions so the invariants hold.
import type { Campaign, Canal, ServicioPlan } from './calendar';
import type { DemoClock } from './clock';

/** Relative activity per hour of the day; zero means the canal is idle then. */
export const HOUR_WEIGHTS: Record<Canal, readonly number[]> = {
  //    0  1  2  3  4  5  6  7    8    9    10   11   12   13   14   15   16   17   18   19   20    21  22 23
  BOT: [0, 0, 0, 0, 0, 0, 0, 0.5, 0.8, 1, 1, 1, 0.9, 0.8, 0.9, 1, 1, 0.9, 0.8, 0.7, 0.55, 0.4, 0, 0],
  HUMANO: [0, 0, 0, 0, 0, 0, 0, 0, 0.6, 0.9, 1, 1, 0.8, 0.55, 0.8, 0.95, 0.95, 0.85, 0.7, 0.5, 0.3, 0, 0, 0],
};

const TOTAL_WEIGHT = {
  BOT: HOUR_WEIGHTS.BOT.reduce((a, b) => a + b, 0),
  HUMANO: HOUR_WEIGHTS.HUMANO.reduce((a, b) => a + b, 0),
};

/** Hours a canal works on `day`: up to the current hour today, all of them before. */
export function hoursOf(clock: DemoClock, day: number, canal: Canal): number[] {
  const last = day === clock.today ? clock.hour : 23;
  const hours: number[] = [];
  for (let h = 0; h <= last; h++) if (HOUR_WEIGHTS[canal][h] > 0) hours.push(h);
  return hours;
}

/**
 * The share of a day's actions already loaded. Today grows with the hours
 * worked; the two days before keep growing hour by hour (late arrivals); from
 * the third day back everything has arrived and the day never changes again.
 * Non-decreasing in the revision, so counts only ever grow between refreshes.
 */
export function observedShare(clock: DemoClock, day: number, canal: Canal): number {
  if (day <= clock.today - 3) return 1;
  if (day > clock.today) return 0;
  if (day === clock.today) {
    let done = 0;
    for (let h = 0; h <= clock.hour; h++) done += HOUR_WEIGHTS[canal][h];
    return (0.85 * done) / TOTAL_WEIGHT[canal];
  }
  const ageHours = (clock.today - day) * 24 + clock.hour; // 24..71
  return 0.85 + (0.14 * (ageHours - 24)) / 47;
}

/** Actions of one servicio on one campaign day observed so far, by canal. */
export function observedActions(clock: DemoClock, campaign: Campaign, plan: ServicioPlan, day: number): Record<Canal, number> {
  const i = day - campaign.open;
  if (i < 0 || i >= plan.bot.length) return { BOT: 0, HUMANO: 0 };
  return {
    BOT: Math.floor(plan.bot[i] * observedShare(clock, day, 'BOT')),
    HUMANO: Math.floor(plan.humano[i] * observedShare(clock, day, 'HUMANO')),
  };
}

/** One servicio's cumulative state at the end of `day` (SPEC §4, dashboard_data). */
export interface Snapshot {
  cuentas: number;
  clientes: number;
  deudaCents: number;
  deudaActCents: number;
  recuperoCents: number;
  gestionadas: number;
  cd: number;
  ci: number;
  sc: number;
  sg: number;
  pdp: number;
  gestiones: number;
}

export function snapshot(clock: DemoClock, campaign: Campaign, plan: ServicioPlan, day: number): Snapshot {
  let gestiones = 0;
  const last = Math.min(day, campaign.close);
  for (let d = campaign.open; d <= last; d++) {
    const actions = observedActions(clock, campaign, plan, d);
    gestiones += actions.BOT + actions.HUMANO;
  }
  const n = plan.cuentas;
  const x = n > 0 ? gestiones / n : 0;
  // Saturating curves of the actions per account. Since N·(1 − e^(−a·x)) ≤ a·N·x ≤
  // gestiones, an account is never managed without an action; the rate and
  // ceiling orderings of calendar.ts nest pdp ≤ cd ≤ contacted ≤ managed ≤ cuentas.
  const reach = (rate: number) => 1 - Math.exp(-rate * x);
  const gestionadas = Math.min(n, Math.floor(n * reach(plan.coverRate)));
  const contacted = Math.min(gestionadas, Math.floor(n * plan.contactMax * reach(plan.contactRate)));
  const cd = Math.min(contacted, Math.floor(n * plan.directMax * reach(plan.contactRate)));
  const pdp = Math.min(cd, Math.floor(n * plan.promiseMax * reach(plan.promiseRate)));
  const recuperoCents = Math.floor(plan.deudaCents * plan.recoveryMax * reach(plan.promiseRate));
  return {
    cuentas: n,
    clientes: plan.clientes,
    deudaCents: plan.deudaCents,
    deudaActCents: plan.deudaCents - recuperoCents,
    recuperoCents,
    gestionadas,
    cd,
    ci: contacted - cd,
    sc: gestionadas - contacted,
    sg: n - gestionadas,
    pdp,
    gestiones,
  };
}
