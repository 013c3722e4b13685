import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, scrollWidth, signIn, t } from '../browser.ts';

/**
 * The academic calendar: the registrar opens the current year's calendar, adds a day to its
 * holiday list and sees it there (and the calendar still passes its check); a student reads the
 * same calendar on a phone, without anything to edit.
 */

let browser: Browser;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is: rule id and the first elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { html: string }[] }[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as { id: string; impact: string | null; nodes: { html: string }[] }[];
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)).join(' | ')}`);
}

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
      expect(await seriousViolations(page)).toEqual([]);
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
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
