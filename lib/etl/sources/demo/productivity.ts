// productivity_data: one row per (fecha_foto, agent, archivo) an agent worked.
// Each campaign is served by two equipos; present agents take one to three of
// their equipos' campaigns a day, and the campaign's human actions of the day
// (the HUMANO rows of operation_data) are shared among them.
import type { SourceRow } from '../source';
import type { Agent } from './agents';
import { hoursOf, observedActions } from './activity';
import type { Campaign } from './calendar';
import { isBusinessDay, isoOf } from './clock';
import type { DemoContext, TableGenerator } from './context';
import { money, pct, round2 } from './format';
import { between, hash, SALT, split, unit } from './random';

const ATTENDANCE = 0.92;

/** Who works which campaign on `day`, in calendar order; empty when no human works that day. */
function staffing(ctx: DemoContext, day: number): { campaign: Campaign; agents: Agent[] }[] {
  if (!isBusinessDay(day) || hoursOf(ctx.clock, day, 'HUMANO').length === 0 || ctx.agents.length === 0) return [];
  const teams = Math.max(...ctx.agents.map((a) => a.team)) + 1;
  const plan = ctx.calendar.activeOn(day).map((campaign) => {
    const first = hash(ctx.seed, SALT.team, campaign.id) % teams;
    const second = teams > 1 ? (first + 1 + (hash(ctx.seed, SALT.team, campaign.id, 1) % (teams - 1))) % teams : first;
    return { campaign, teams: [first, second], agents: [] as Agent[] };
  });
  const byTeam = Array.from({ length: teams }, (_, t) => plan.filter((p) => p.teams.includes(t)));
  for (const agent of ctx.agents) {
    if (unit(ctx.seed, SALT.agentDay, agent.index, day) >= ATTENDANCE) continue;
    const mine = byTeam[agent.team];
    if (mine.length === 0) continue;
    const u = unit(ctx.seed, SALT.agentDay, agent.index, day, 1);
    const take = Math.min(mine.length, 1 + (u < 0.7 ? 1 : 0) + (u < 0.35 ? 1 : 0));
    const start = hash(ctx.seed, SALT.agentPick, agent.index, day) % mine.length;
    for (let j = 0; j < take; j++) mine[(start + j) % mine.length].agents.push(agent);
  }
  // A campaign nobody picked still gets its calls made: its first equipo covers it.
  for (const p of plan) {
    if (p.agents.length > 0) continue;
    const team = ctx.agents.filter((a) => a.team === p.teams[0]);
    p.agents.push(team[hash(ctx.seed, SALT.agentPick, p.campaign.id, day) % team.length]);
  }
  return plan;
}

function* rows(ctx: DemoContext, from: number, to: number): Generator<SourceRow> {
  for (let day = from; day <= to; day++) {
    const fecha = isoOf(day);
    for (const { campaign, agents } of staffing(ctx, day)) {
      let humano = 0;
      for (const plan of campaign.servicios) humano += observedActions(ctx.clock, campaign, plan, day).HUMANO;
      const deuda = campaign.servicios.reduce((sum, p) => sum + p.deudaCents, 0);
      const cuentas = campaign.servicios.reduce((sum, p) => sum + p.cuentas, 0);
      const u = (agent: Agent, i: number) => unit(ctx.seed, SALT.agentShare, agent.index, day, campaign.id, i);
      const shares = split(humano, agents.map((a) => a.pace * between(u(a, 0), 0.7, 1.3)), hash(ctx.seed, SALT.agentShare, campaign.id, day));
      for (const [i, agent] of agents.entries()) {
        const gestiones = shares[i];
        const efectivos = Math.min(gestiones, Math.round(gestiones * agent.contactRate * between(u(agent, 1), 0.85, 1.15)));
        const pdp = Math.min(efectivos, Math.round(efectivos * agent.conversionRate * between(u(agent, 2), 0.8, 1.2)));
        // A promise covers part of the account's debt.
        const promised = Math.round(pdp * (deuda / Math.max(1, cuentas)) * between(u(agent, 3), 0.4, 0.9));
        // peso_total: effort points, weighting an action by how far it got
        // (0.25 no contact, 1 contact, +3 promise), in hundredths.
        const peso = 25 * (gestiones - efectivos) + 100 * efectivos + 300 * pdp;
        yield {
          fecha_foto: fecha,
          correo_agente: agent.correo,
          archivo: campaign.archivo,
          nombre_agente: agent.nombre,
          dni_agente: agent.dni,
          equipo: agent.equipo,
          total_gestiones: gestiones,
          contactos_efectivos: efectivos,
          total_pdp: pdp,
          monto_compromiso: money(promised),
          peso_total: money(peso),
          tasa_contacto: pct(efectivos, gestiones),
          tasa_conversion: pct(pdp, efectivos),
          score_productividad: round2(0.4 * gestiones + 0.35 * efectivos + 0.25 * pdp),
        };
      }
    }
  }
}

function count(ctx: DemoContext, from: number, to: number): number {
  let n = 0;
  for (let day = from; day <= to; day++) for (const { agents } of staffing(ctx, day)) n += agents.length;
  return n;
}

export const productivity: TableGenerator = { rows, count };
