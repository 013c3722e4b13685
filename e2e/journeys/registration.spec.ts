import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationViewDto } from '../../shared/modules/registration/registration.view.contracts.ts';
import { apiSignIn, launchBrowser, newContext, scrollWidth, signIn, signOut } from '../browser.ts';

/**
 * Registration on disciplines, end to end on the demo university: on the server's day (early
 * December: the spring window is open, the autumn's exams still to come — a prerequisite studied
 * this autumn counts) the demo student draws up the ИУП on a phone, chooses an elective if the term
 * has one, takes a seat in every kind of section of every discipline and submits it; the group's
 * advisor approves it from the review queue; the registrar's office accepts it; the student then
 * sees the schedule of sections and the tuition.
 */

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis)))
    await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              nodes: { html: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    return (await axe.run(document)).violations;
  })) as { id: string; impact: string | null; nodes: { html: string }[] }[];
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.html.slice(0, 120))
          .join(' | ')}`,
    );
}

let browser: Browser;
let student: { id: string; fullName: string };

beforeAll(async () => {
  browser = await launchBrowser();
  const me = await apiSignIn('student');
  const card = (await me.call<{ items: { id: string }[] }>('GET', '/api/students?page=1&pageSize=1')).items[0];
  if (!card) throw new Error('the demo student has no card');
  const view = await me.call<RegistrationViewDto>('GET', `/api/students/${card.id}/registration`);
  // the server's day decides the term: the journey needs its window open and nothing blocking
  if (!view.window.isOpen || view.holds.length > 0) throw new Error(`no open registration window for the demo student on ${view.today} (${view.term})`);
  student = { id: card.id, fullName: view.studentName };
  await me.call('POST', '/api/auth/sign-out');
});

afterAll(async () => {
  await browser?.close();
});

/** In the open review (drawer or page), clicks the office's step and waits for its answer. */
async function decide(page: Page, button: 'plan-approve' | 'plan-accept'): Promise<void> {
  const view = page.getByTestId('registration-view');
  await view.getByTestId('line').first().waitFor();
  const done = page.waitForResponse((res) => res.request().method() === 'POST' && res.url().includes('/api/individual-plans/'));
  await view.getByTestId(button).click();
  expect((await done).status()).toBe(200);
}

/** Clicks a step's button and waits for the server's answer and the page's reload of the view. */
async function step(
  page: Page,
  click: () => Promise<void>,
  method = 'POST',
): Promise<number> {
  const answered = page.waitForResponse(
    (res) => res.request().method() === method && res.url().includes('/api/'),
  );
  const reloaded = page.waitForResponse(
    (res) =>
      res.request().method() === 'GET' && res.url().includes('/registration'),
  );
  await click();
  const status = (await answered).status();
  await reloaded;
  return status;
}

describe('registration on disciplines', () => {
  it('a student builds and submits the plan on a phone, the advisor approves, the registrar accepts, the student sees the schedule and the tuition', async () => {
    const phone = await newContext(browser, { phone: true });
    const page = await phone.newPage();
    try {
      await signIn(page, 'student');
      await page.goto('/registration');
      await page.getByTestId('registration-heading').waitFor();
      expect(await page.getByTestId('window-state').textContent()).toBe(
        'Регистрация открыта',
      );
      // the ИУП of the year: derived here unless the student has one already (then it reopens as a new revision)
      await page.getByTestId('plan-flow').waitFor();
      if ((await page.getByTestId('plan-derive').count()) > 0) expect(await step(page, () => page.getByTestId('plan-derive').click())).toBe(201);
      await page.getByTestId('line').first().waitFor();

      // an elective of the term's group, then a seat in every kind of section of every discipline
      const choose = page.getByTestId('choose-elective');
      if ((await choose.count()) > 0) {
        const lines = await page.getByTestId('line').count();
        expect(await step(page, () => choose.first().click())).toBeLessThan(
          300,
        );
        await expect
          .poll(() => page.getByTestId('line').count())
          .toBe(lines + 1);
      }
      for (
        let i = 0;
        i < 40 && (await page.getByTestId('section-take').count()) > 0;
        i++
      ) {
        const open = page
          .getByTestId('section')
          .filter({ has: page.getByTestId('section-take') })
          .first();
        const id = await open.getAttribute('data-section-id');
        expect(
          await step(page, () => open.getByTestId('section-take').click()),
        ).toBe(201);
        await page
          .locator(`[data-section-id="${id}"][data-state="mine"]`)
          .waitFor();
      }
      expect(await page.getByTestId('section-take').count()).toBe(0);
      expect(await page.getByTestId('plan-checks').count()).toBe(0);
      const seats = await page
        .getByTestId('section')
        .and(page.locator('[data-state="mine"]'))
        .count();
      expect(seats).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

      expect(
        await step(page, () => page.getByTestId('plan-submit').click()),
      ).toBe(200);
      await page
        .locator('[data-testid="plan-status"][data-status="submitted"]')
        .waitFor();

      const desk = await newContext(browser);
      try {
        // the group's advisor approves from the review queue
        const advisor = await desk.newPage();
        await signIn(advisor, 'advisor');
        await advisor.getByTestId('nav-registration-queue').click();
        await advisor.getByTestId('queue-heading').waitFor();
        const item = advisor.getByTestId('queue-item').filter({ hasText: student.fullName });
        await item.getByTestId('queue-open').click();
        await decide(advisor, 'plan-approve');
        await item.waitFor({ state: 'detached' });
        await signOut(advisor);
        // the registrar's office accepts it from the student's registration (its queue holds the whole university)
        const registrar = await desk.newPage();
        await signIn(registrar, 'registrar');
        await registrar.goto(`/registration?student=${student.id}`);
        await decide(registrar, 'plan-accept');
        await registrar.locator('[data-testid="plan-status"][data-status="registrarAccepted"]').waitFor();
      } finally {
        await desk.close();
      }

      await page.reload();
      await page
        .locator('[data-testid="plan-status"][data-status="registrarAccepted"]')
        .waitFor();
      expect(await page.getByTestId('schedule-row').count()).toBe(seats);
      // the tuition of the term: credits × price, paid and due for a contract student; nothing to pay on a grant
      const tuition = page.getByTestId('tuition');
      await tuition.waitFor();
      expect(await tuition.textContent()).toMatch(/Обучение по гранту|кредитов × .* сом = .* сом/);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
