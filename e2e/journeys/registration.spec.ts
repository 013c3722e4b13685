import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationViewDto } from '../../shared/modules/registration/registration.view.contracts.ts';
import {
  apiSignIn,
  launchBrowser,
  newContext,
  scrollWidth,
  signIn,
  uniqueName,
} from '../browser.ts';

/**
 * Registration on disciplines, end to end on the demo university: a contract student of КФ-1-24
 * (whose spring disciplines need only prerequisites passed in earlier years — on the server's day,
 * early December, the spring window is open and the autumn's results are not in yet) draws up the
 * ИУП on a phone, chooses an elective, takes a seat in every kind of section and submits it; the
 * group's advisor approves it; the registrar's office accepts it; the student then sees the
 * schedule of sections and the tuition.
 */

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const GROUP = 'КФ-1-24';
const ADVISOR_PASSWORD = 'Advisor-e2e-2026!';

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
let student: { id: string; username: string; fullName: string };
let advisor = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const registrar = await apiSignIn('registrar');
  const groups = await registrar.call<{ id: string; code: string }[]>(
    'GET',
    '/api/groups',
  );
  const group = groups.find((g) => g.code === GROUP);
  if (!group) throw new Error(`the demo has no group ${GROUP}`);
  const list = await registrar.call<{
    items: {
      id: string;
      username: string;
      fullName: string;
      funding: string;
      status: string;
    }[];
  }>('GET', `/api/groups/${group.id}/students`);
  // a contract student with nothing blocking registration and no plan yet
  for (const candidate of list.items.filter(
    (s) => s.funding === 'contract' && s.status === 'active',
  )) {
    const view = await registrar.call<RegistrationViewDto>(
      'GET',
      `/api/students/${candidate.id}/registration`,
    );
    if (view.holds.length === 0 && view.plan === null && view.window.isOpen) {
      student = candidate;
      break;
    }
  }
  if (!student)
    throw new Error(`no contract student of ${GROUP} free to register`);
  // the group's advisor: an account made for the journey (the demo's advisor guides another group)
  const admin = await apiSignIn('admin');
  advisor = uniqueName('e2e.adv');
  const user = await admin.call<{ id: string }>('POST', '/api/users', {
    username: advisor,
    lastName: 'Эдвайзерова',
    firstName: 'Гүлнара',
    lang: 'ru',
    password: ADVISOR_PASSWORD,
  });
  await admin.call('POST', `/api/users/${user.id}/grants`, {
    role: 'advisor',
    scopeUnitId: group.id,
  });
});

afterAll(async () => {
  await browser?.close();
});

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
      await signIn(page, student.username);
      await page.goto('/registration');
      await page.getByTestId('registration-heading').waitFor();
      expect(await page.getByTestId('window-state').textContent()).toBe(
        'Регистрация открыта',
      );
      expect(
        await step(page, () => page.getByTestId('plan-derive').click()),
      ).toBe(201);
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
        for (const [username, password, button] of [
          [advisor, ADVISOR_PASSWORD, 'plan-approve'],
          ['registrar', undefined, 'plan-accept'],
        ] as const) {
          const office = await desk.newPage();
          await signIn(office, username, password);
          await office.getByTestId('nav-registration-queue').click();
          await office.getByTestId('queue-heading').waitFor();
          const item = office
            .getByTestId('queue-item')
            .filter({ hasText: student.fullName });
          await item.getByTestId('queue-open').click();
          const drawer = office.getByTestId('registration-view');
          await drawer.getByTestId('line').first().waitFor();
          const done = office.waitForResponse(
            (res) =>
              res.request().method() === 'POST' &&
              res.url().includes('/api/individual-plans/'),
          );
          await drawer.getByTestId(button).click();
          expect((await done).status()).toBe(200);
          await item.waitFor({ state: 'detached' });
          await office.getByTestId('user-menu').click();
          await office.getByTestId('sign-out').click();
          await office.waitForURL((url) => url.pathname === '/sign-in');
          await office.close();
        }
      } finally {
        await desk.close();
      }

      await page.reload();
      await page
        .locator('[data-testid="plan-status"][data-status="registrarAccepted"]')
        .waitFor();
      expect(await page.getByTestId('schedule-row').count()).toBe(seats);
      const tuition = page.getByTestId('tuition');
      await tuition.waitFor();
      expect(await tuition.getByTestId('tuition-amount').textContent()).toMatch(
        /кредитов × .* сом = .* сом/,
      );
      expect(await tuition.getByTestId('tuition-due').textContent()).toMatch(
        /^(К оплате: .* сом|Семестр оплачен полностью)$/,
      );
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
