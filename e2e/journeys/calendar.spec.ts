import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, scrollWidth, signIn, t } from '../browser.ts';

/**
 * The academic calendar: the registrar opens the current year's calendar, adds a day to its
 * holiday list and sees it there (and the calendar still passes its check); a student reads the
 * same calendar on a phone, without anything to edit.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the academic calendar', () => {
  it('the registrar adds a holiday and sees it in the calendar', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'registrar');
      await page.getByTestId('nav-calendar').click();
      await page.getByTestId('calendar-heading').waitFor();
      await page.getByTestId('calendar-today').waitFor();
      await page.getByTestId('calendar-year').click();
      await page.getByRole('option', { name: '2026-2027' }).click();
      await page.getByTestId('term-autumn').waitFor();
      expect(await page.getByTestId('calendar-findings').textContent()).toContain(t('ru', 'calendar:findings.none'));

      await page.getByTestId('holiday-add').click();
      await page.getByTestId('holiday-date').fill('08.04.2027');
      await page.getByTestId('holiday-date').blur();
      await page.getByTestId('holiday-kind').click();
      await page.getByRole('option', { name: t('ru', 'calendar:holidayKind.dayOff') }).click();
      await page.getByTestId('holiday-name-ru').fill('День открытых дверей');
      await page.getByTestId('holiday-name-ky').fill('Ачык эшиктер күнү');
      await page.getByTestId('holiday-name-en').fill('Open Day');
      await page.getByTestId('holiday-submit').click();

      const added = page.getByTestId('holiday-2027-04-08');
      await added.waitFor();
      expect(await added.textContent()).toContain('День открытых дверей');
      expect(await added.textContent()).toContain(t('ru', 'calendar:holidayKind.dayOff'));
      expect(await page.getByTestId('calendar-findings').textContent()).toContain(t('ru', 'calendar:findings.none'));
    } finally {
      await context.close();
    }
  });

  it('a student reads the calendar on a phone, with nothing to edit', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    try {
      await signIn(page, 'student');
      await page.goto('/calendar?year=');
      await page.getByTestId('calendar-heading').waitFor();
      await page.getByTestId('calendar-year').click();
      await page.getByRole('option', { name: '2026-2027' }).click();
      await page.getByTestId('term-spring').waitFor();
      expect(await page.getByTestId('term-autumn').textContent()).toContain(t('ru', 'calendar:termKind.autumn'));
      await page.getByTestId('holiday-2027-04-08').waitFor();
      expect(await page.getByTestId('holiday-2027-03-21').textContent()).toContain('Нооруз');
      expect(await page.getByTestId('holiday-add').count()).toBe(0);
      expect(await page.getByTestId('calendar-findings').count()).toBe(0);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    } finally {
      await context.close();
    }
  });
});
