import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, signIn, uniqueName } from '../browser.ts';

/**
 * The student personnel office imports cards from a CSV file through the page: the columns are
 * matched by their headers, a file with a bad row is reported row by row and imports nothing,
 * the corrected file imports every row, and the new students are in the list.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const csv = (rows: string[][]) => Buffer.from(['Личный ID;Фамилия;Имя;Дата рождения;Пол', ...rows.map((r) => r.join(';'))].join('\n'), 'utf8');

describe('importing students from a file', () => {
  it('reports the bad row, imports nothing until the file is clean, then imports every row', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const tag = uniqueName('i').replace(/[^A-Za-z0-9]/g, '').slice(-8).toLowerCase();
    // a surname no other run has: the tag spelled in Cyrillic letters
    const surname = `Импортова${[...tag].map((c) => 'абвгдежзиклмнопрстуфхцчшэюя'[c.charCodeAt(0) % 27]).join('')}`;
    const rows = [
      [`imp${tag}a`, surname, 'Айзада', '12.03.2007', 'ж'],
      [`imp${tag}b`, surname, 'Нурлан', '31.02.2007', 'м'],
    ];
    try {
      await signIn(page, 'personnel');
      await page.getByTestId('nav-students').click();
      await page.getByTestId('open-import').click();
      await page.getByTestId('import-heading').waitFor();

      await page.locator('input[type="file"]').setInputFiles({ name: 'students.csv', mimeType: 'text/csv', buffer: csv(rows) });
      await page.getByTestId('import-mapping').waitFor();
      expect(await page.getByTestId('map-birthDate').inputValue()).toBe('Дата рождения');
      await page.getByTestId('import-check').click();
      const error = page.getByTestId('import-error');
      await error.first().waitFor();
      expect(await error.count()).toBe(1);
      expect(await error.first().textContent()).toMatch(/^3/);
      expect(await page.getByTestId('import-run').count()).toBe(0);

      rows[1]![3] = '28.02.2007';
      await page.locator('input[type="file"]').setInputFiles({ name: 'students-fixed.csv', mimeType: 'text/csv', buffer: csv(rows) });
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-run').click();
      await page.getByRole('dialog').getByRole('button', { name: /2/ }).click();
      await page.getByTestId('import-done').waitFor();
      expect(await page.getByTestId('import-done').textContent()).toContain('2');

      await page.goto(`/students?q=${encodeURIComponent(surname)}`);
      await expect.poll(async () => page.getByTestId('student-row').count(), { timeout: 15_000 }).toBe(2);
    } finally {
      await context.close();
    }
  });
});
