import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, t } from '../browser.ts';

/**
 * The dean's office looks at its contingent: the report for a date from the menu, its numbers and
 * its charts, then a group's printable list as a PDF.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("the dean's contingent report and a printable group list", () => {
  it('shows numbers and a chart for a date, and the group list downloads as a PDF', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'dean');
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('report-heading').waitFor();
      expect(await page.getByTestId('report-heading').textContent()).toBe(t('ru', 'students-reports:title'));

      // the numbers: a pivot whose total is the sum of its rows
      await page.getByTestId('report-pivot').waitFor();
      const total = Number((await page.getByTestId('report-totals').locator('td').last().textContent())?.replace(/\D/g, ''));
      expect(total).toBeGreaterThan(0);
      expect((await page.getByTestId('report-total').textContent())?.replace(/\D/g, '')).toBe(String(total));
      const rows = await page.getByTestId('report-row').count();
      expect(rows).toBeGreaterThan(0);

      // a chart of the distribution by course, drawn
      await page.getByTestId('report-chart-course').locator('svg.recharts-surface').first().waitFor();
      expect(await page.getByTestId('report-chart-course-values').textContent()).toMatch(/\d/);

      // the report for a past date asks the server for that date
      const answer = page.waitForResponse((res) => res.url().includes('/api/reports/contingent?') && res.url().includes('date=2025-10-01'));
      const field = page.getByTestId('report-date');
      await field.fill('01.10.2025');
      await field.blur();
      expect((await answer).status()).toBe(200);

      // a group of the faculty (the group of one of its students): its list as a PDF
      await page.getByTestId('nav-students').click();
      await page.getByTestId('student-row').first().locator('a[href^="/groups/"]').click();
      const button = page.getByTestId('group-list-pdf');
      await button.waitFor();
      const href = await button.getAttribute('href');
      expect(href).toMatch(/\/students\/list\.pdf\?date=\d{4}-\d{2}-\d{2}$/);
      const pdf = await context.request.get(href ?? '');
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });
});
