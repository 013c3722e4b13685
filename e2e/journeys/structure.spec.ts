import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, label, launchBrowser, newContext, scrollWidth, signIn, t, uniqueName } from '../browser.ts';

/**
 * The structure from the top down, through the pages: the administrator creates a department, the
 * student personnel office creates a program in it and a group, uploads a student's photo and links
 * a parent (a new account from name and phone); the parent, once given a password, signs in and
 * sees the child.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A 1×1 PNG: a real image, so the card can show it. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082', 'hex');

const field = (page: Page, key: string) => page.getByLabel(label(t('ru', key)));

async function pick(page: Page, key: string, option: RegExp, within: Page | Locator = page): Promise<void> {
  await within.getByRole('combobox', { name: label(t('ru', key)) }).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function createDepartment(page: Page, code: string, name: string): Promise<void> {
  await signIn(page, 'admin');
  await page.getByTestId('nav-structure').click();
  await page.getByTestId('faculty-node').first().waitFor();
  await page.getByTestId('add-department').first().click();
  await field(page, 'org:unit.code').fill(code);
  await field(page, 'org:unit.nameRu').fill(name);
  await field(page, 'org:unit.nameKy').fill(`${name} (кырг.)`);
  await field(page, 'org:unit.nameEn').fill(`${name} (en)`);
  await page.getByTestId('unit-submit').click();
  await page.getByTestId('department-node').filter({ hasText: name }).waitFor();
}

async function createProgramAndGroup(page: Page, programCode: string, departmentName: string, groupCode: string): Promise<void> {
  await page.goto('/programs');
  await page.getByTestId('create-program').click();
  await field(page, 'students:program.code').fill(programCode);
  await field(page, 'students:program.nameRu').fill('Цифровая экономика');
  await field(page, 'students:program.nameKy').fill('Санариптик экономика');
  await field(page, 'students:program.nameEn').fill('Digital economy');
  await pick(page, 'students:program.department', new RegExp(departmentName));
  await page.getByTestId('create-program-submit').click();
  await page.getByTestId('create-program-form').waitFor({ state: 'detached' });
  await page.goto('/groups');
  await page.getByTestId('create-group').click();
  await field(page, 'students:group.code').fill(groupCode);
  await pick(page, 'students:field.program', new RegExp(programCode), page.getByTestId('create-group-form'));
  await page.getByTestId('create-group-submit').click();
  await page.getByTestId('group-heading').filter({ hasText: groupCode }).waitFor();
}

describe('the structure, a photo and a parent', () => {
  it('works through the pages for the administrator, the personnel office and the parent', async () => {
    const tag = uniqueName('').replace(/[^a-z0-9]/g, '').toUpperCase().slice(-6);
    const departmentName = `Кафедра цифровой экономики ${tag}`;
    const programCode = `DE${tag}`;
    const admin = await newContext(browser);
    const office = await newContext(browser, { phone: true });
    const parent = await newContext(browser);
    try {
      await createDepartment(await admin.newPage(), `KDE${tag}`, departmentName);

      const page = await office.newPage();
      await signIn(page, 'personnel');
      await createProgramAndGroup(page, programCode, departmentName, `ЦЭ-${tag}`);
      // on a phone the tree shows the new department with its program and group, nothing wider than the screen
      await page.goto('/structure');
      const department = page.getByTestId('department-node').filter({ hasText: departmentName });
      await department.getByText(`ЦЭ-${tag}`).waitFor();
      expect(await department.textContent()).toContain(programCode);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

      // a student card (set up over the API), then its photo and a parent through the card
      const api = await apiSignIn('personnel');
      const card = await api.call<{ id: string }>('POST', '/api/students', { username: `s${tag.toLowerCase()}`, password: 'Student-2026-pass', lastName: 'Токтосунова', firstName: 'Бермет', birthDate: '2007-04-02', gender: 'female' });
      await page.goto(`/students/${card.id}`);
      await page.getByTestId('student-heading').waitFor();
      const uploaded = page.waitForResponse((res) => res.url().endsWith(`/api/students/${card.id}/photo`) && res.request().method() === 'POST');
      await page.getByTestId('photo-input').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
      expect((await uploaded).status()).toBe(201);
      await expect.poll(() => page.getByTestId('student-photo-image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

      const phone = `+996 700 ${tag.slice(0, 3)} ${tag.slice(3)}`.replace(/[A-Z]/g, '1');
      await page.getByTestId('link-parent').click();
      await pick(page, 'students-card:parents.relation', new RegExp(t('ru', 'students-card:relation.mother')));
      await page.getByTestId('parent-last-name').fill('Токтосунова');
      await page.getByTestId('parent-first-name').fill('Айнура');
      await page.getByTestId('parent-phone').fill(phone);
      await page.getByTestId('parent-link-submit').click();
      await page.getByTestId('student-parent').filter({ hasText: 'Токтосунова Айнура' }).waitFor();
      expect(await page.getByTestId('student-parent').first().textContent()).toContain(t('ru', 'students-card:parents.noPassword'));

      // the administrator issues the parent a password; the parent signs in and sees the child
      const [linked] = await api.call<{ userId: string; username: string }[]>('GET', `/api/students/${card.id}/parents`);
      const root = await apiSignIn('admin');
      await root.call('POST', `/api/users/${linked!.userId}/password`, { newPassword: 'Parent-2026-pass!' });
      const parentPage = await parent.newPage();
      await signIn(parentPage, linked!.username, 'Parent-2026-pass!');
      await expect.poll(async () => (await parentPage.getByTestId('my-studies').textContent()) ?? '').toContain('Токтосунова');
    } finally {
      await admin.close();
      await office.close();
      await parent.close();
    }
  });
});
