// The call-centre roster: agents with Peruvian names, a company e-mail, an
// 8-digit DNI and a team; drawn once from the seed, stable for the whole range.
import { between, stream } from './random';

export interface Agent {
  index: number;
  correo: string;
  nombre: string;
  dni: string;
  team: number;
  equipo: string;
  /** Relative workload and skill: some agents close far more than others. */
  pace: number;
  contactRate: number;
  conversionRate: number;
}

export const EQUIPOS = [
  'Equipo Norte', 'Equipo Sur', 'Equipo Centro', 'Equipo Lima Este', 'Equipo Lima Sur',
  'Equipo Callao', 'Equipo Oriente', 'Equipo Costa', 'Equipo Sierra', 'Equipo Selva',
] as const;

const FIRST_NAMES = [
  'Ana', 'María', 'Rosa', 'Carmen', 'Lucía', 'Sofía', 'Milagros', 'Diana', 'Katherine', 'Jazmín',
  'Luz', 'Gabriela', 'Patricia', 'Claudia', 'Andrea', 'Fiorella', 'Karina', 'Elena', 'Pamela', 'Yesenia',
  'José', 'Luis', 'Carlos', 'Jorge', 'Juan', 'Miguel', 'César', 'Víctor', 'Renzo', 'Diego',
  'Kevin', 'Jhon', 'Alex', 'Manuel', 'Ricardo', 'Raúl', 'Jesús', 'Edwin', 'Wilmer', 'Percy',
];
const SURNAMES = [
  'Quispe', 'Flores', 'Sánchez', 'Rodríguez', 'García', 'Rojas', 'Huamán', 'Mamani', 'Torres', 'Chávez',
  'Ramos', 'Castillo', 'Mendoza', 'Vásquez', 'Gonzales', 'Díaz', 'Pérez', 'López', 'Espinoza', 'Condori',
  'Gutiérrez', 'Vargas', 'Salazar', 'Cruz', 'Ruiz', 'Silva', 'Romero', 'Paredes', 'Huanca', 'Ccori',
];

/** 'Víctor' → 'victor': mailboxes are plain ASCII. */
function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function createAgents(seed: number, count: number): Agent[] {
  const next = stream(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const teams = Math.min(EQUIPOS.length, count);
  const correos = new Set<string>();
  const dnis = new Set<string>();
  const agents: Agent[] = [];
  for (let index = 0; index < count; index++) {
    const first = pick(FIRST_NAMES);
    const surname = pick(SURNAMES);
    let second = pick(SURNAMES);
    while (second === surname) second = pick(SURNAMES);
    // Namesakes get the second surname's initial, then a number, as mail admins do.
    const base = `${ascii(first)}.${ascii(surname)}`;
    let local = base;
    if (correos.has(local)) local = `${base}${ascii(second)[0]}`;
    for (let n = 2; correos.has(local); n++) local = `${base}${n}`;
    correos.add(local);
    let dni = String(Math.floor(between(next(), 10_000_000, 80_000_000)));
    while (dnis.has(dni)) dni = String(Math.floor(between(next(), 10_000_000, 80_000_000)));
    dnis.add(dni);
    const team = index % teams;
    agents.push({
      index,
      correo: `${local}@cobranzas.pe`,
      nombre: `${first} ${surname} ${second}`,
      dni,
      team,
      equipo: EQUIPOS[team],
      pace: between(next(), 0.6, 1.5),
      contactRate: between(next(), 0.35, 0.55),
      conversionRate: between(next(), 0.15, 0.32),
    });
  }
  return agents;
}
