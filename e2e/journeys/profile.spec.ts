import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPasswordStrength } from '../../shared/modules/identity/rules/password-strength.ts';
import { apiSignIn, exactly, label, launchBrowser, newContext, prefixOf, signIn, t, uniqueName } from '../browser.ts';

/**
 * A user's own profile: the sessions list marks this device, a session on another device is
 * ended from here and that device is signed out on its next request; a weak new password is
 * refused with the broken rules in the user's language, a strong one is accepted.
 * The journey makes its own account (Russian), so the demo sign-ins stay untouched.
 */

const ru = (key: string, vars: Record<string, string | number> = {}) => t('ru', key, vars);
const FIRST_PASSWORD = 'First-Pass-2026!';
const WEAK_PASSWORD = 'password123';
const STRONG_PASSWORD = 'Second-Pass-2026?';

let browser: Browser;
let username = '';
let minLength = 10;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await apiSignIn('admin');
  username = uniqueName('e2e.prof');
  const user = await admin.call<{ id: string }>('POST', '/api/users', { username, lastName: 'Профилева', firstName: 'Нуриза', lang: 'ru', password: FIRST_PASSWORD });
  await admin.call('POST', `/api/users/${user.id}/grants`, { role: 'librarian' });
  const settings = await admin.call<{ key: string; value: unknown }[]>('GET', '/api/admin/settings');
  const configured = settings.find((setting) => setting.key === 'auth.passwordMinLength')?.value;
  if (typeof configured === 'number') minLength = configured;
  await admin.call('POST', '/api/auth/sign-out');
});

afterAll(async () => {
  await browser?.close();
});

async function openProfile(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('profile-link').click();
  await page.getByRole('heading', { level: 1, name: exactly(ru('common:profile.title')) }).waitFor();
}

/** The texts an element's aria-describedby points to (the field's hint and error). */
async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
      .join(' '),
  );
}

describe('own profile', () => {
  it('lists sessions, ends another device’s session, and changes the password under the rules', async () => {
    const laptop = await newContext(browser);
    const page = await laptop.newPage();
    await signIn(page, username, FIRST_PASSWORD);
    await openProfile(page);
    const sessions = page.getByRole('region', { name: exactly(ru('common:sessions.title')) });
    const rows = sessions.getByTestId('session-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(ru('common:sessions.thisDevice'));
    expect(await rows.first().getByRole('button').count()).toBe(0);

    // a second device signs in
    const phone = await newContext(browser, { phone: true });
    const other = await phone.newPage();
    await signIn(other, username, FIRST_PASSWORD);

    // it shows up on the laptop, and is ended from there
    await page.reload();
    await expect.poll(() => rows.count()).toBe(2);
    const current = rows.filter({ hasText: ru('common:sessions.thisDevice') });
    expect(await current.count()).toBe(1);
    const foreign = rows.filter({ hasNotText: ru('common:sessions.thisDevice') });
    const end = foreign.getByRole('button', { name: exactly(ru('common:sessions.endLabel', { ip: '127.0.0.1' })) });
    expect((await end.textContent())?.trim()).toBe(ru('common:sessions.end'));
    await end.click();
    await page.getByText(exactly(ru('common:sessions.ended'))).first().waitFor();
    await expect.poll(() => rows.count()).toBe(1);

    // the phone's next request finds its session gone: back to the sign-in page
    await other.getByTestId('user-menu').click();
    await other.getByTestId('profile-link').click();
    await other.waitForURL((url) => url.pathname === '/sign-in');
    await other.getByRole('button', { name: exactly(ru('common:signIn.submit')) }).waitFor();
    expect(new URL(other.url()).searchParams.get('next')).toBe('/profile');
    await phone.close();

    // a weak password is refused, each broken rule said in Russian under the field
    const form = page.getByRole('form', { name: exactly(ru('common:password.title')) });
    const newField = form.getByLabel(label(ru('common:password.new')));
    await form.getByLabel(label(ru('common:password.current'))).fill(FIRST_PASSWORD);
    await newField.fill(WEAK_PASSWORD);
    await form.getByLabel(label(ru('common:password.repeat'))).fill(WEAK_PASSWORD);
    await form.getByRole('button', { name: exactly(ru('common:password.submit')) }).click();
    const problems = checkPasswordStrength(WEAK_PASSWORD, username, minLength);
    expect(problems.length).toBeGreaterThan(0);
    // the rules are the field's error: read through its aria-describedby, as a screen reader would
    await expect.poll(() => descriptionOf(newField)).toContain(ru(`identity:passwordRule.${problems[0] ?? 'common'}`));
    const said = await descriptionOf(newField);
    for (const problem of problems) expect(said).toContain(ru(`identity:passwordRule.${problem}`));
    await form.getByRole('alert').filter({ hasText: prefixOf('ru', 'errors:PASSWORD_TOO_WEAK').trim() }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: exactly(ru('common:password.changed')) }).count()).toBe(0);

    // a strong one is accepted
    expect(checkPasswordStrength(STRONG_PASSWORD, username, minLength)).toEqual([]);
    await newField.fill(STRONG_PASSWORD);
    await form.getByLabel(label(ru('common:password.repeat'))).fill(STRONG_PASSWORD);
    await form.getByRole('button', { name: exactly(ru('common:password.submit')) }).click();
    await page.getByRole('alert').filter({ hasText: exactly(ru('common:password.changed')) }).waitFor();
    await expect.poll(() => newField.inputValue()).toBe('');
    await expect.poll(() => page.getByText(exactly(ru('common:profile.never'))).count()).toBe(0);
    await laptop.close();

    // the old password no longer opens the account, the new one does
    const later = await newContext(browser);
    const again = await later.newPage();
    await signIn(again, username, FIRST_PASSWORD, { waitFor: 'none' });
    await again.getByRole('alert').filter({ hasText: t('ru', 'errors:INVALID_CREDENTIALS') }).waitFor();
    await signIn(again, username, STRONG_PASSWORD);
    await later.close();
  });
});
