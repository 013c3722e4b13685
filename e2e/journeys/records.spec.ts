import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInZone } from '../../shared/calendar-day.ts';
import { launchBrowser, newContext, signIn, t, uniqueName } from '../browser.ts';

/**
 * The student personnel office enrols a new student and transfers them to another group, all
 * through the pages: a card, an enrolment order (drafted, then signed with its consequences
 * spelled out), a transfer order from a later date, and the group lists as of each date.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** dd.mm.yyyy of a day `days` from today in the university's zone (the demo's Asia/Bishkek), as the date fields take it. */
function day(days: number): { typed: string; iso: string } {
  const iso = dayInZone(new Date(Date.now() + days * 86_400_000), 'Asia/Bishkek');
  return { iso, typed: `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` };
}

async function pick(page: Page, testId: string, option: RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function typeDate(page: Page, testId: string, typed: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.fill(typed);
  await field.blur();
}

/** Drafts an order for the student whose card is open, then signs it through the confirmation. */
async function draftAndSign(page: Page, fill: () => Promise<void>): Promise<void> {
  await page.getByTestId('draft-order-for-student').click();
  await page.getByTestId('order-form').waitFor();
  await fill();
  await page.getByTestId('order-reason').fill('Заявление студента');
  await page.getByTestId('order-submit').click();
  await page.getByTestId('order-document').waitFor();
  expect(await page.getByTestId('order-status').textContent()).toMatch(/проект|черновик/i);
  await page.getByTestId('sign-order').click();
  await page.getByTestId('sign-consequences').waitFor();
  await page.getByRole('button', { name: t('ru', 'students:order.signConfirm') }).click();
  await expect.poll(async () => (await page.getByTestId('order-status').textContent()) ?? '').toMatch(/подписан/i);
}

describe('enrolling a student and transferring them to another group', () => {
  it('works through the pages, and the group lists answer for each date', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const username = uniqueName('s').replace(/[^A-Za-z0-9]/g, '').slice(0, 20);
    const lastName = 'Сыдыкова';
    const later = day(7);
    try {
      await signIn(page, 'personnel');
      await page.getByTestId('nav-students').click();
      await page.getByTestId('create-student').click();
      await page.getByTestId('field-username').fill(username);
      await page.getByTestId('field-password').fill('Start-2026-pass');
      await page.getByTestId('field-lastName').fill(lastName);
      await page.getByTestId('field-firstName').fill('Айпери');
      await typeDate(page, 'field-birthDate', '14.05.2008');
      await pick(page, 'field-gender', new RegExp(t('ru', 'students:gender.female')));
      await page.getByTestId('create-student-submit').click();
      await page.getByTestId('student-heading').waitFor();
      expect(await page.getByTestId('student-heading').textContent()).toContain(lastName);
      const cardUrl = page.url();

      // enrol into the first group of computer science, from today
      await draftAndSign(page, async () => {
        await pick(page, 'item-0-groupId', /ПИ-1-25/);
        await pick(page, 'item-0-funding', new RegExp(t('ru', 'students:funding.contract')));
      });
      await page.goto(cardUrl);
      await expect.poll(async () => (await page.getByTestId('standing-group').textContent()) ?? '').toContain('ПИ-1-25');

      // transfer into the older group of the same program, effective a week later
      await draftAndSign(page, async () => {
        await pick(page, 'order-kind', new RegExp(t('ru', 'students:orderKind.transfer')));
        await typeDate(page, 'order-effective-date', later.typed);
        await pick(page, 'item-0-groupId', /ПИ-1-24/);
      });
      // until the transfer's date the card still says ПИ-1-25, and announces the change
      await page.goto(cardUrl);
      await expect.poll(async () => (await page.getByTestId('standing-upcoming').textContent()) ?? '').toContain('ПИ-1-24');
      expect(await page.getByTestId('standing-group').textContent()).toContain('ПИ-1-25');
      expect(await page.getByTestId('standing-upcoming').textContent()).toContain(later.typed);
      expect(await page.getByTestId('history-period').count()).toBe(2);

      // the group lists: in ПИ-1-25 until the transfer, in ПИ-1-24 from it
      const expectMember = async (groupCode: string, date: { typed: string; iso: string }, isMember: boolean) => {
        await page.goto('/groups');
        await page.getByTestId('group-row').filter({ hasText: groupCode }).first().getByRole('link').first().click();
        await page.getByTestId('group-as-of').waitFor();
        await typeDate(page, 'group-as-of', date.typed);
        // wait for the list of that date (its title names the date), not the previous one
        await page.getByText(new RegExp(date.typed.replaceAll('.', '\\.'))).first().waitFor();
        await page.getByTestId('group-members').waitFor();
        await expect
          .poll(async () => ((await page.getByTestId('group-members').textContent()) ?? '').includes(lastName), { timeout: 10_000 })
          .toBe(isMember);
      };
      await expectMember('ПИ-1-25', day(0), true);
      await expectMember('ПИ-1-25', later, false);
      await expectMember('ПИ-1-24', later, true);
    } finally {
      await context.close();
    }
  });
});
