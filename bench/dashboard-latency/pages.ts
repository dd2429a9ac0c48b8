// Page interactivity: a viewer signed in to a console in Chromium opens each
// dashboard page (its default view, the latest day) several times; a load
// counts from navigation start until the page shows its data — the first KPI
// or the first row of a data table visible, and no "Cargando…" left anywhere.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchConsole } from './consoles';
import { VIEWER } from './consoles';

export const PAGES = ['resumen', 'evolucion', 'asignacion', 'operacion', 'productividad'] as const;
export type DashboardPage = (typeof PAGES)[number];

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];
/** A load still without data after this long is recorded as failed. */
const LOAD_TIMEOUT_MS = 120_000;

export interface PageTimes {
  page: DashboardPage;
  /** Milliseconds of each measured load (the warm-up excluded), NaN for a failed one. */
  ms: number[];
  firstError?: string;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** `loads` loads of every page, the first of each unmeasured (it fills the browser's cache and the server's). */
export async function measurePages(browser: Browser, target: BenchConsole, loads: number): Promise<PageTimes[]> {
  const context = await browser.newContext({ baseURL: target.url });
  try {
    const page = await context.newPage();
    await signIn(page);
    const results: PageTimes[] = [];
    for (const name of PAGES) {
      const times: PageTimes = { page: name, ms: [] };
      for (let i = 0; i <= loads; i++) {
        const ms = await timeLoad(page, `/dashboards/${name}`).catch((error: Error) => {
          times.firstError ??= error.message.split('\n')[0];
          return NaN;
        });
        if (i > 0) times.ms.push(ms);
      }
      results.push(times);
    }
    return results;
  } finally {
    await context.close();
  }
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Correo electrónico').fill(VIEWER.email);
  await page.getByLabel('Contraseña').fill(VIEWER.password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
}

/**
 * Evaluated in the page at every frame: performance.now() (milliseconds since
 * the navigation started) once the data is on screen, -1 on the error state,
 * false meanwhile. No named inner functions: the bundler would wrap them in a
 * helper the page does not have (and the page's CSP forbids evaluating strings).
 */
function dataOnScreen() {
  const text = document.body ? document.body.innerText : '';
  if (text.includes('No se pudo cargar')) return -1;
  const data = Array.from(document.querySelectorAll('[data-testid="kpi"], table[data-testid^="table-"] tbody tr')).some((e) => e.checkVisibility());
  return data && !text.includes('Cargando…') && performance.now();
}

/** Milliseconds from the navigation's start (performance.timeOrigin) to the data on screen, read in the page. */
async function timeLoad(page: Page, path: string): Promise<number> {
  await page.goto(path, { waitUntil: 'commit' });
  if (new URL(page.url()).pathname !== path) throw new Error(`${path} redirected to ${page.url()}`);
  const handle = await page.waitForFunction(dataOnScreen, undefined, { polling: 'raf', timeout: LOAD_TIMEOUT_MS });
  const ms = (await handle.jsonValue()) as number;
  if (ms < 0) throw new Error(`${path} shows "No se pudo cargar"`);
  return ms;
}
