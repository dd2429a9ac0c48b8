import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { signIn } from './support/accounts';
import { waitForIdleEtl } from './support/etl';

// axe on every console page as the admin (who sees every page and button),
// once the worker's first load is done, so each page shows real data; and the
// sign-in page signed out. Serious and critical violations fail the test.

const WCAG_2_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A page's own data has arrived: no request in flight, no "loading" left. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/^(Cargando…|Loading…)$/)).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function audit(page: Page, testInfo: TestInfo) {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_2_A_AA).analyze();
  // Every violation, minor ones too, and what axe could not decide, kept for
  // reading beside a picture of what it audited (e2e/artifacts is not committed).
  const brief = (list: typeof results.violations) => list.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((n) => n.target.join(' ')) }));
  const report = JSON.stringify({ violations: brief(results.violations), incomplete: brief(results.incomplete), passed: results.passes.length }, null, 2);
  const file = `e2e/artifacts/axe/${new URL(page.url()).pathname.slice(1).replace(/\W+/g, '_') || 'overview'}`;
  mkdirSync('e2e/artifacts/axe', { recursive: true });
  writeFileSync(`${file}.json`, report);
  await page.screenshot({ path: `${file}.png`, fullPage: true });
  await testInfo.attach('axe.json', { body: report, contentType: 'application/json' });
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n    ')}`);
  expect(blocking, `axe on ${page.url()}`).toEqual([]);
}

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, matches: (el: { tag: string; label: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName.toLowerCase() ?? '', label: el?.getAttribute('aria-label') ?? '', text: el?.textContent?.trim() ?? '' };
    });
    if (matches(focused)) return;
  }
  throw new Error(`Tab never reached the element after ${max} presses`);
}

const PAGES = [
  '/', '/etl/tables', '/etl/tables/dashboard_data', '/etl/runs', '/etl/watermarks', '/etl/maintenance',
  '/validation', '/validation/dashboard_data', '/timescale', '/db', '/admin/users', '/admin/tokens', '/admin/audit',
  '/dashboards/resumen', '/dashboards/evolucion', '/dashboards/asignacion', '/dashboards/operacion', '/dashboards/productividad',
];

test.describe('signed in as the admin', () => {
  test.describe.configure({ timeout: 90_000 }); // axe over a dashboard's tables and charts takes a while on two shared cores
  const state = 'e2e/artifacts/accessibility-admin.json';
  let runId = '';

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await signIn(page);
    await waitForIdleEtl(page.request);
    const runs = (await (await page.request.get('/api/v1/etl/runs?limit=1')).json()) as { data: { runs: { id: string }[] } };
    runId = runs.data.runs[0].id;
    await page.context().storageState({ path: state });
    await page.close();
  });
  test.use({ storageState: state });

  for (const path of PAGES) {
    test(`axe finds nothing serious on ${path}`, async ({ page }, testInfo) => {
      await page.goto(path);
      await audit(page, testInfo);
    });
  }

  test('axe finds nothing serious on a run’s detail', async ({ page }, testInfo) => {
    await page.goto(`/etl/runs/${runId}`);
    await audit(page, testInfo);
  });

  test('the language switch and a dashboard filter work from the keyboard', async ({ page }) => {
    await page.goto('/dashboards/resumen');
    await settled(page);
    await tabTo(page, (el) => el.tag === 'select' && el.label === 'Idioma');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Collections summary' })).toBeVisible();

    await tabTo(page, (el) => el.tag === 'button' && el.text === 'TEMPRANA');
    const chip = page.getByRole('button', { name: 'TEMPRANA' });
    // Where the focus is can be seen.
    expect(await chip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/cartera=TEMPRANA/);
    await expect(chip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect(page).not.toHaveURL(/cartera=/);
  });
});

test('axe finds nothing serious on the sign-in page, before and after a refusal', async ({ page }, testInfo) => {
  await page.goto('/login');
  await audit(page, testInfo);
  await page.getByLabel('Correo electrónico').fill('nobody@pulso.test');
  await page.getByLabel('Contraseña').fill('not a password');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expect(page.locator('form').getByRole('alert')).toBeVisible();
  await audit(page, testInfo);
});
