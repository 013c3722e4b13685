import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, t } from '../browser.ts';

/**
 * HR hires a person into a department through the pages: a staff card for their account, a hire
 * order (drafted, checked, then signed with its consequences spelled out), and the department's
 * staff list, which shows them from the order's effective date.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function pick(page: Page, testId: string, option: RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('hiring a person into a department by an HR order', () => {
  it('works through the pages, and the department’s staff list shows them', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'hr');
      await page.getByTestId('nav-staff-cards').click();
      await page.getByTestId('staff-heading').waitFor();

      // a card for the demo curator, who has an account but no staff card yet
      await page.getByTestId('create-staff-card').click();
      await page.getByTestId('card-person').fill('curator');
      await page.getByRole('option', { name: /\(curator\)/ }).first().click();
      await page.getByTestId('card-birthDate').fill('14.03.1985');
      await page.getByTestId('card-birthDate').blur();
      await page.getByTestId('create-card-submit').click();
      await page.getByTestId('staff-card-heading').waitFor();
      const fullName = ((await page.getByTestId('staff-card-heading').textContent()) ?? '').trim();
      expect(fullName.length).toBeGreaterThan(5);

      // the hire order: drafted from the card, signed through the confirmation
      await page.getByTestId('new-staff-order').click();
      await expect.poll(async () => page.getByTestId('order-card').inputValue()).toBe(fullName);
      await pick(page, 'order-unit', /Кафедра информатики и программирования/);
      await pick(page, 'order-position', /^Доцент$/);
      await page.getByTestId('order-rate').fill('0.5');
      await pick(page, 'order-employment', new RegExp(t('ru', 'staff:employment.main')));
      await page.getByTestId('order-basis-input').fill('Заявление работника, решение конкурсной комиссии');
      await page.getByTestId('submit-staff-order').click();
      await page.getByTestId('staff-order-document').waitFor();
      expect(await page.getByTestId('staff-order-status').textContent()).toBe(t('ru', 'staff:orderStatus.draft'));
      expect(await page.getByTestId('staff-order-item').textContent()).toContain(fullName);
      await page.getByTestId('sign-staff-order').click();
      await page.getByTestId('staff-sign-consequences').waitFor();
      await page.getByRole('button', { name: t('ru', 'staff:order.signConfirm') }).click();
      await expect.poll(async () => (await page.getByTestId('staff-order-status').textContent()) ?? '').toBe(t('ru', 'staff:orderStatus.signed'));

      // the department's staff list of today has them, at their rate
      await page.getByTestId('nav-staff-cards').click();
      await page.getByRole('link', { name: t('ru', 'staff:nav.list') }).click();
      await page.getByTestId('staff-list-heading').waitFor();
      await pick(page, 'as-of-unit', /Кафедра информатики и программирования/);
      const row = page.getByTestId('staff-list-row').filter({ hasText: fullName });
      await expect.poll(async () => row.count(), { timeout: 10_000 }).toBe(1);
      expect(await row.textContent()).toContain('Доцент');
    } finally {
      await context.close();
    }
  });
});
