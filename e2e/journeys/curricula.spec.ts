import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, launchBrowser, newContext, scrollWidth, signIn, t } from '../browser.ts';

/**
 * A department builds a working plan through the pages: two disciplines (one the other's prerequisite),
 * a draft for an admission year, its lines; the server's finding says the prerequisite is not earlier,
 * the department moves the line and saves; the registrar approves it, and the plan is then read-only.
 * The catalog also works on a phone.
 */

let browser: Browser;
const suffix = Date.now().toString(36).slice(-5).toUpperCase();
const first = `J${suffix}1`;
const second = `J${suffix}2`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Adds a discipline of 5 credits (150 h) to the department's catalog through the form. */
async function addDiscipline(page: Page, code: string, name: string, prerequisite?: string): Promise<void> {
  await page.getByTestId('nav-curricula-disciplines').click();
  await page.getByTestId('disciplines-heading').waitFor();
  await page.getByTestId('create-discipline').click();
  await page.getByTestId('discipline-code').fill(code);
  await page.getByTestId('discipline-nameRu').fill(name);
  await page.getByTestId('discipline-nameKy').fill(`${name} (кырг.)`);
  await page.getByTestId('discipline-nameEn').fill(`${name} (en)`);
  await page.getByTestId('discipline-credits').fill('5');
  for (const [kind, hours] of [['lecture', '30'], ['practice', '30'], ['supervised', '15'], ['independent', '75']] as const) await page.getByTestId(`discipline-hours-${kind}`).fill(hours);
  if (prerequisite) {
    await page.getByTestId('discipline-prerequisites').fill(prerequisite);
    await page.getByRole('option', { name: new RegExp(`^${prerequisite} — `) }).click();
  }
  await page.getByTestId('discipline-submit').click();
  await expect.poll(async () => (await page.getByTestId('discipline-heading').textContent()) ?? '', { timeout: 15_000 }).toBe(name);
}

/** Adds a line to a semester through the line dialog, the discipline found by its code. */
async function addLine(page: Page, semester: number, code: string): Promise<void> {
  await page.locator(`[data-testid="plan-semester"][data-semester="${semester}"]`).getByTestId('add-line').click();
  await page.getByTestId('line-discipline').fill(code);
  await page.getByRole('option', { name: new RegExp(`^${code} — `) }).click();
  await page.getByTestId('line-submit').click();
  await page.locator(`[data-testid="plan-line"][data-code="${code}"]`).waitFor();
}

async function save(page: Page): Promise<void> {
  const saved = page.waitForResponse((res) => res.url().endsWith('/content') && res.request().method() === 'PUT');
  await page.getByTestId('save-plan').click();
  expect((await saved).status()).toBe(200);
  await expect.poll(async () => page.getByTestId('editor-state').textContent()).toBe(t('ru', 'curricula:editor.saved'));
}

describe('a working plan, from the catalog to approval', () => {
  it('is built by the department, fixed after its finding, approved by the registrar and then read-only', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const plan = { path: '' };
    try {
      await signIn(page, 'department');
      await addDiscipline(page, first, 'Основы алгоритмизации');
      await addDiscipline(page, second, 'Алгоритмы и структуры данных', first);
      expect(await page.getByTestId('discipline-prerequisite-links').textContent()).toContain(first);

      // a draft working plan of the department's program for an admission year
      await page.getByTestId('nav-curricula-plans').click();
      await page.getByTestId('plans-heading').waitFor();
      await page.getByTestId('create-plan').click();
      await page.getByTestId('plan-program').click();
      await page.getByRole('option', { name: /^580100 — / }).click();
      await page.getByTestId('plan-admission-year').fill('2031');
      await page.getByTestId('create-plan-submit').click();
      await page.getByTestId('plan-heading').waitFor();
      await page.waitForURL(/\/curricula\/plans\/[0-9a-f-]{36}$/);
      plan.path = new URL(page.url()).pathname;

      // what the journey does not test: the practices and attestation that make up a bachelor's 240 credits
      const api = await apiSignIn('department');
      const practice = (semester: number, credits: number) => ({ kind: semester < 3 ? 'educational' : 'production', credits, semester });
      await api.call('PUT', `/api${plan.path.slice('/curricula'.length)}/content`, { semesters: 8, attestation: [{ form: 'stateExam', credits: 6 }, { form: 'thesisDefense', credits: 24 }], lines: [], electiveGroups: [], practices: [practice(1, 25), practice(2, 25), ...[3, 4, 5, 6, 7].map((s) => practice(s, 30))] });
      await page.reload();
      await page.getByTestId('semester-practice').first().waitFor();

      // both disciplines in semester 1: the prerequisite is not earlier
      await addLine(page, 1, first);
      await addLine(page, 1, second);
      await save(page);
      const finding = page.locator('[data-testid="plan-finding"][data-code="PREREQUISITE_NOT_BEFORE"]');
      await finding.waitFor();
      expect(await finding.getAttribute('data-severity')).toBe('error');
      expect(await finding.textContent()).toContain(t('ru', 'curricula:findings.whereDiscipline', { discipline: second }));
      await finding.click();
      const line = page.locator(`[data-testid="plan-line"][data-code="${second}"]`);
      await expect.poll(async () => line.getAttribute('data-highlighted')).toBe('true');

      // fixed: the dependant moves one semester later
      await line.getByTestId('line-move-later').click();
      expect(await page.locator(`[data-testid="plan-semester"][data-semester="2"] [data-code="${second}"]`).count()).toBe(1);
      await save(page);
      await expect.poll(async () => page.getByTestId('findings-errors').textContent()).toBe(t('ru', 'curricula:findings.errors', { n: 0 }));
      expect(await page.getByTestId('plan-total').textContent()).toContain('240');
      // the department drafts; it does not approve
      expect(await page.getByTestId('approve-plan').count()).toBe(0);
    } finally {
      await context.close();
    }

    const registrar = await newContext(browser);
    const page2 = await registrar.newPage();
    try {
      await signIn(page2, 'registrar');
      await page2.getByTestId('nav-curricula-plans').click();
      await page2.getByTestId('plans-heading').waitFor();
      await page2.goto(plan.path);
      await page2.getByTestId('plan-heading').waitFor();
      const approve = page2.getByTestId('approve-plan');
      await expect.poll(async () => approve.isEnabled()).toBe(true);
      await approve.click();
      const dialog = page2.getByRole('dialog', { name: t('ru', 'curricula:approve.title') });
      expect(await dialog.getByTestId('approve-consequences').textContent()).toContain('580100');
      expect(await dialog.textContent()).toContain(t('ru', 'curricula:approve.versionOnly'));
      await dialog.getByRole('button', { name: t('ru', 'curricula:approve.confirm') }).click();
      await page2.getByTestId('plan-read-only').waitFor();
      expect((await page2.getByTestId('plan-status').first().textContent())?.trim()).toBe(t('ru', 'curricula:planStatus.approved'));
      expect(await page2.getByTestId('approve-plan').count()).toBe(0);
    } finally {
      await registrar.close();
    }

    // the department sees it approved and can no longer change it
    const again = await newContext(browser);
    const page3 = await again.newPage();
    try {
      await signIn(page3, 'department');
      await page3.goto(plan.path);
      await page3.getByTestId('plan-read-only').waitFor();
      expect(await page3.getByTestId('save-plan').count()).toBe(0);
      expect(await page3.getByTestId('add-line').count()).toBe(0);
      expect(await page3.getByTestId('new-version').count()).toBe(1);
    } finally {
      await again.close();
    }
  });

  it('shows the catalog as cards on a phone, without sideways scrolling', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    try {
      await signIn(page, 'department');
      await page.goto(`/curricula/disciplines?q=${first}`);
      await page.getByTestId('disciplines-heading').waitFor();
      const card = page.getByTestId('discipline-card').first();
      await card.waitFor();
      expect(await card.textContent()).toContain('Основы алгоритмизации');
      expect(await page.getByTestId('disciplines-table').isVisible()).toBe(false);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
      await card.getByRole('link').click();
      await page.getByTestId('discipline-details').waitFor();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    } finally {
      await context.close();
    }
  });
});
