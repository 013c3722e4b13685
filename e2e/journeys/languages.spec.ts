import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/i18n/languages.ts';
import { apiSignIn, exactly, launchBrowser, newContext, prefixOf, scrollWidth, signIn, switchLanguage, t } from '../browser.ts';

/**
 * A student on a 360 px phone switches the interface to Kyrgyz, then English; the choice
 * survives a reload and a new sign-in on another device (the server remembers it), and
 * nothing scrolls sideways.
 */

const USER = 'student';
const PHONE_WIDTH = 360;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  // the other journeys expect the demo student in Russian, whatever happened here
  const session = await apiSignIn(USER);
  await session.call('PUT', '/api/auth/language', { lang: 'ru' });
  await session.call('POST', '/api/auth/sign-out');
  await browser?.close();
});

/** The cabinet and the shell speak `lang`: headings, the greeting, the header's controls, the document's language. */
async function expectCabinetIn(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('heading', { level: 2, name: exactly(t(lang, 'common:cabinet.myRoles')) }).waitFor();
  await expect.poll(() => page.getByTestId('cabinet-heading').textContent()).toMatch(new RegExp(`^${prefixOf(lang, 'common:cabinet.greeting')}`));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  // on a phone the navigation hides behind the burger, named in the language
  await page.getByRole('button', { name: exactly(t(lang, 'common:nav.open')) }).waitFor();
  expect(await page.getByTestId('user-menu').getAttribute('aria-label')).toContain(prefixOf(lang, 'common:userMenu.label').trim());
  expect(await page.getByRole('radiogroup', { name: exactly(t(lang, 'common:language.label')) }).count()).toBe(1);
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  expect(await scrollWidth(page), `${where} scrolls sideways at ${PHONE_WIDTH} px`).toBeLessThanOrEqual(PHONE_WIDTH);
}

describe('interface language', () => {
  it('switches to Kyrgyz and English on a phone, and remembers the choice for the user', async () => {
    const phone = await newContext(browser, { phone: true });
    const page = await phone.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: exactly(t('ru', 'common:signIn.submit')) }).waitFor();
    await expectNoSidewaysScroll(page, 'the sign-in page');

    await signIn(page, USER);
    await expectCabinetIn(page, 'ru');
    await expectNoSidewaysScroll(page, 'the cabinet in Russian');

    await switchLanguage(page, 'Кыр');
    await expectCabinetIn(page, 'ky');
    await page.getByTestId('role-card-student').getByRole('heading', { name: exactly(t('ky', 'common:roles.student')) }).waitFor();
    await expectNoSidewaysScroll(page, 'the cabinet in Kyrgyz');

    // the navigation opens from the burger, in Kyrgyz, and closes when a section is chosen
    await page.getByRole('button', { name: exactly(t('ky', 'common:nav.open')) }).click();
    const home = page.getByTestId('nav-home');
    await home.waitFor();
    expect((await home.textContent())?.trim()).toBe(t('ky', 'common:nav.home'));
    await home.click();
    await page.getByRole('button', { name: exactly(t('ky', 'common:nav.open')) }).waitFor();

    await switchLanguage(page, 'Eng');
    await expectCabinetIn(page, 'en');
    await expectNoSidewaysScroll(page, 'the cabinet in English');

    // the profile fits the phone too; a reload there keeps English (the server remembers it)
    await page.getByTestId('user-menu').click();
    await page.getByTestId('profile-link').click();
    const profileHeading = page.getByRole('heading', { level: 1, name: exactly(t('en', 'common:profile.title')) });
    await profileHeading.waitFor();
    await page.getByRole('heading', { name: exactly(t('en', 'common:sessions.title')) }).waitFor();
    await expectNoSidewaysScroll(page, 'the profile in English');
    await page.reload();
    await profileHeading.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('form', { name: exactly(t('en', 'common:password.title')) }).waitFor();

    // back home through the navigation, still in English
    await page.getByRole('button', { name: exactly(t('en', 'common:nav.open')) }).click();
    await page.getByTestId('nav-home').click();
    await expectCabinetIn(page, 'en');
    await phone.close();

    // another device, nothing stored locally: the sign-in page is in Russian, the cabinet in the user's English
    const other = await newContext(browser, { phone: true });
    const second = await other.newPage();
    await second.goto('/sign-in');
    await second.getByRole('heading', { name: exactly(t('ru', 'common:signIn.title')) }).waitFor();
    await signIn(second, USER);
    await expectCabinetIn(second, 'en');

    // and back to Russian, remembered the same way
    await switchLanguage(second, 'Рус');
    await expectCabinetIn(second, 'ru');
    await other.close();
  });
});
