// The campaign calendar: which campaigns (archivos) open on each business day,
// their size, debt and behaviour curves, and the actions they would log on
// each of their days once all data has arrived.
import { CANALES, CARTERAS, SERVICIOS } from '../../../db/schema';
import { isBusinessDay, isoOf } from './clock';
import { between, SALT, unit } from './random';

export type Cartera = (typeof CARTERAS)[number];
export type Servicio = (typeof SERVICIOS)[number];
export type Canal = (typeof CANALES)[number];

const MIN_DAYS = 28;
export const MAX_DAYS = 32;

/** Early-collections files dominate, as at the reference contact centre. */
const CARTERA_WEIGHT: Record<Cartera, number> = {
  TEMPRANA: 0.4, ALTAS_NUEVAS: 0.25, CUOTA_FRACCIONAMIENTO: 0.2, OTRAS: 0.15,
};
const ARCHIVO_PART: Record<Cartera, string> = {
  TEMPRANA: 'Gestion_Temprana', ALTAS_NUEVAS: 'Altas_Nuevas',
  CUOTA_FRACCIONAMIENTO: 'Cuota_Fraccionamiento', OTRAS: 'Otras',
};
/** Accounts per file and average debt per account (soles), by cartera. */
const SIZE: Record<Cartera, { cuentas: [number, number]; ticket: [number, number] }> = {
  TEMPRANA: { cuentas: [3000, 9000], ticket: [90, 220] },
  ALTAS_NUEVAS: { cuentas: [1500, 5000], ticket: [70, 180] },
  CUOTA_FRACCIONAMIENTO: { cuentas: [800, 3000], ticket: [250, 700] },
  OTRAS: { cuentas: [500, 2500], ticket: [100, 400] },
};

/**
 * One servicio of a campaign. The saturation curves of activity.ts keep
 * SPEC §4's nesting by construction: contactRate ≤ coverRate ≤ 1,
 * directMax ≤ contactMax ≤ 1, promiseRate ≤ contactRate, promiseMax ≤ directMax.
 */
export interface ServicioPlan {
  servicio: Servicio;
  cuentas: number;
  clientes: number;
  deudaCents: number;
  coverRate: number;
  contactRate: number;
  contactMax: number;
  directMax: number;
  promiseRate: number;
  promiseMax: number;
  recoveryMax: number;
  /** Actions of each campaign day (index = day − open) once complete, by canal. */
  bot: Int32Array;
  humano: Int32Array;
}

export interface Campaign {
  id: number;
  archivo: string;
  cartera: Cartera;
  open: number;
  /** Last day the campaign is worked (inclusive). */
  close: number;
  /** dia_gestion of each campaign day: business days counted Monday–Saturday, 1 on opening. */
  diaGestion: Int16Array;
  servicios: ServicioPlan[];
}

export interface Calendar {
  openedOn(day: number): Campaign[];
  activeOn(day: number): Campaign[];
}

export function createCalendar(seed: number, campaignsPerMonth: number): Calendar {
  // Openings per business day so that, with ~30-day campaigns, about
  // `campaignsPerMonth` run at once; drawn as Binomial(4, p), one per cartera at most.
  const p = Math.min(1, (campaignsPerMonth * 12) / (365.25 * (6 / 7)) / 4);
  const memo = new Map<number, Campaign[]>();

  function openedOn(day: number): Campaign[] {
    let campaigns = memo.get(day);
    if (campaigns) return campaigns;
    campaigns = [];
    if (isBusinessDay(day)) {
      let k = 0;
      for (let i = 0; i < 4; i++) if (unit(seed, SALT.openings, day, i) < p) k++;
      // Weighted sampling without replacement (u^(1/w)), so one day never opens
      // two files of the same cartera and archivo names stay unique.
      const order = CARTERAS.map((c, i) => ({ c, key: unit(seed, SALT.cartera, day, i) ** (1 / CARTERA_WEIGHT[c]) }))
        .sort((a, b) => b.key - a.key);
      for (let slot = 0; slot < k; slot++) campaigns.push(buildCampaign(seed, day, slot, order[slot].c));
    }
    if (memo.size > 5000) memo.clear();
    memo.set(day, campaigns);
    return campaigns;
  }

  function activeOn(day: number): Campaign[] {
    const active: Campaign[] = [];
    for (let open = day - MAX_DAYS + 1; open <= day; open++) {
      for (const campaign of openedOn(open)) if (campaign.close >= day) active.push(campaign);
    }
    return active;
  }

  return { openedOn, activeOn };
}

function buildCampaign(seed: number, open: number, slot: number, cartera: Cartera): Campaign {
  const id = open * 4 + slot;
  const u = (i: number) => unit(seed, SALT.campaign, id, i);
  const days = Math.floor(between(u(0), MIN_DAYS, MAX_DAYS + 1));
  const diaGestion = new Int16Array(days);
  for (let i = 0, n = 0; i < days; i++) {
    if (isBusinessDay(open + i)) n++;
    diaGestion[i] = n;
  }
  const size = SIZE[cartera];
  const total = Math.round(between(u(1), ...size.cuentas));
  const movilShare = between(u(2), 0.55, 0.75);
  const servicios = SERVICIOS.map((servicio, s) => {
    const v = (i: number) => unit(seed, SALT.campaign, id, 100 + s * 20 + i);
    const cuentas = s === 0 ? Math.round(total * movilShare) : total - Math.round(total * movilShare);
    // Fixed lines carry larger bills than mobile ones.
    const ticket = between(v(0), ...size.ticket) * (servicio === 'FIJA' ? 1.4 : 1);
    const coverRate = between(v(1), 0.7, 0.95);
    const contactRate = coverRate * between(v(2), 0.45, 0.7);
    const contactMax = between(v(3), 0.8, 0.98);
    const directMax = contactMax * between(v(4), 0.6, 0.8);
    return {
      servicio,
      cuentas,
      clientes: Math.floor(cuentas * between(v(5), 0.78, 0.95)),
      deudaCents: Math.round(cuentas * ticket * 100),
      coverRate,
      contactRate,
      contactMax,
      directMax,
      promiseRate: contactRate * between(v(6), 0.6, 0.9),
      promiseMax: directMax * between(v(7), 0.3, 0.55),
      recoveryMax: between(v(8), 0.12, 0.35),
      ...dailyActions(seed, id, s, cuentas, diaGestion, open, v),
    };
  });
  const archivo = `Cartera_Agencia_Cobranding_${ARCHIVO_PART[cartera]}_${isoOf(open).replaceAll('-', '')}`;
  return { id, archivo, cartera, open, close: open + days - 1, diaGestion, servicios };
}

/** Actions per day: a strong first week that decays to a maintenance floor. */
function dailyActions(
  seed: number, id: number, s: number, cuentas: number, diaGestion: Int16Array, open: number,
  v: (i: number) => number,
) {
  const start = between(v(10), 0.25, 0.4);
  const decay = between(v(11), 6, 10);
  const floor = between(v(12), 0.04, 0.08);
  const botShare = between(v(13), 0.55, 0.75);
  const bot = new Int32Array(diaGestion.length);
  const humano = new Int32Array(diaGestion.length);
  for (let i = 0; i < diaGestion.length; i++) {
    if (!isBusinessDay(open + i)) continue;
    const noise = between(unit(seed, SALT.daily, id, s, i), 0.75, 1.25);
    const actions = Math.round(cuentas * (start * Math.exp(-(diaGestion[i] - 1) / decay) + floor) * noise);
    bot[i] = Math.round(actions * (botShare + between(unit(seed, SALT.daily, id, s, i, 1), -0.05, 0.05)));
    humano[i] = actions - bot[i];
  }
  return { bot, humano };
}

/** The assignment's periodo: the month the file was received (YYYY-MM). */
export function periodoOf(campaign: Campaign): string {
  return isoOf(campaign.open).slice(0, 7);
}
