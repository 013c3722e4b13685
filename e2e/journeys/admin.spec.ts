import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitDto } from '../../shared/modules/org/org.contracts.ts';
import { SETTINGS } from '../../shared/settings/catalog.ts';
import { apiSignIn, exactly, label, launchBrowser, newContext, signIn, switchLanguage, t, uniqueName } from '../browser.ts';

/**
 * The administrator's day: a new account with scoped roles and a reset password, the new
 * user signing in, the audit log filtered and exported, and a university setting changed.
 * The administrator works in Russian; the texts come from the ru JSON.
 */

const ru = (key: string, vars: Record<string, string | number> = {}) => t('ru', key, vars);
const NEW_PASSWORD = 'Curator-Pass-2026!';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  // leave the university as the other journeys expect it: default name, administrator in Russian
  const admin = await apiSignIn('admin');
  await admin.call('PUT', '/api/admin/settings/university.name', { value: SETTINGS['university.name'].default });
  await admin.call('PUT', '/api/auth/language', { lang: 'ru' });
  await admin.call('POST', '/api/auth/sign-out');
  await browser?.close();
});

/** Picks an option of a Mantine Select / Autocomplete: types into the field, then clicks the option. */
async function choose(page: Page, field: Locator, typed: string, option: string | RegExp): Promise<void> {
  await field.click();
  await field.fill(typed);
  await page.getByRole('option', { name: typeof option === 'string' ? exactly(option) : option }).click();
}

/** Waits for a notification (an alert) with exactly this text. */
async function notified(page: Page, text: string): Promise<void> {
  await page.getByRole('alert').filter({ hasText: exactly(text) }).first().waitFor();
}

/** Applies the audit filters with the form and returns the rows once every one of them is of the filter. */
async function applyAuditFilters(page: Page, filters: { actor?: string; action?: string; entityId?: string }): Promise<string[]> {
  const form = page.getByRole('form', { name: exactly(ru('admin:audit.filters')) });
  await form.getByLabel(label(ru('admin:audit.actor'))).fill(filters.actor ?? '');
  await form.getByLabel(label(ru('admin:audit.action'))).fill(filters.action ?? '');
  await form.getByLabel(label(ru('admin:audit.entityId'))).fill(filters.entityId ?? '');
  const answered = page.waitForResponse((res) => {
    const url = new URL(res.url());
    if (url.pathname !== '/api/admin/audit') return false;
    return (['actor', 'action', 'entityId'] as const).every((key) => (url.searchParams.get(key) ?? '') === (filters[key] ?? ''));
  });
  await form.getByRole('button', { name: exactly(ru('common:filter.apply')) }).click();
  expect((await answered).status()).toBe(200);
  const rows = page.getByTestId('audit-row');
  const ofFilter = (text: string) => Object.values(filters).every((value) => text.includes(value));
  await expect.poll(async () => {
    const texts = await rows.allTextContents();
    return texts.length > 0 && texts.every(ofFilter);
  }).toBe(true);
  return rows.allTextContents();
}

describe('administration', () => {
  it('creates a user with scoped roles, resets the password, audits it all and changes a setting', async () => {
    const adminContext = await newContext(browser);
    const page = await adminContext.newPage();
    await signIn(page, 'admin');

    // a group for the curator's scope and the demo student for the parent's, as the API lists them
    const units = (await (await page.request.get('/api/units')).json()) as UnitDto[];
    const group = units.filter((unit) => unit.kind === 'group').sort((a, b) => a.code.localeCompare(b.code))[0];
    if (!group) throw new Error('the demo university has no group');

    // --- a new account, through the modal form
    await page.getByTestId('nav-users').click();
    await page.getByRole('heading', { level: 1, name: exactly(ru('identity:users.title')) }).waitFor();
    await page.getByRole('button', { name: exactly(ru('identity:users.create')) }).click();
    const createDialog = page.getByRole('dialog', { name: exactly(ru('identity:users.create')) });
    await createDialog.waitFor();
    const username = uniqueName('e2e.cur');
    await createDialog.getByLabel(label(ru('common:person.username'))).fill(username);
    await createDialog.getByLabel(label(ru('identity:user.initialPassword'))).fill('Initial-Pass-2026!');
    await createDialog.getByLabel(label(ru('common:person.lastName'))).fill('Тестова');
    await createDialog.getByLabel(label(ru('common:person.firstName'))).fill('Айгүл');
    await createDialog.getByLabel(label(ru('common:person.patronymic'))).fill('Бакытовна');
    await createDialog.getByRole('button', { name: exactly(ru('identity:users.createSubmit')) }).click();
    await notified(page, ru('identity:users.created', { username }));
    await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/);
    const userId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: exactly('Тестова Айгүл Бакытовна') }).waitFor();

    // --- curator of a group
    const grants = page.getByRole('region', { name: exactly(ru('identity:grants.title')) });
    await grants.getByText(exactly(ru('identity:grants.none'))).waitFor();
    await page.getByRole('button', { name: exactly(ru('identity:grants.add')) }).click();
    let grantDialog = page.getByRole('dialog', { name: exactly(ru('identity:grants.add')) });
    await choose(page, grantDialog.getByLabel(label(ru('common:person.role'))), ru('common:roles.curator'), ru('common:roles.curator'));
    await choose(page, grantDialog.getByLabel(label(ru('identity:grants.scopeUnit'))), group.name.ru, `${ru('common:unitKinds.group')}: ${group.name.ru}`);
    await grantDialog.getByRole('button', { name: exactly(ru('identity:grants.addSubmit')) }).click();
    await grantDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('grant-curator').textContent()).toContain(group.name.ru);

    // --- parent of the demo student, found by the server as one types
    await page.getByRole('button', { name: exactly(ru('identity:grants.add')) }).click();
    grantDialog = page.getByRole('dialog', { name: exactly(ru('identity:grants.add')) });
    await choose(page, grantDialog.getByLabel(label(ru('common:person.role'))), ru('common:roles.parent'), ru('common:roles.parent'));
    await choose(page, grantDialog.getByLabel(label(ru('identity:grants.scopeStudent'))), 'student', /\(student[,)]/);
    await grantDialog.getByRole('button', { name: exactly(ru('identity:grants.addSubmit')) }).click();
    await grantDialog.waitFor({ state: 'hidden' });
    await page.getByTestId('grant-parent').waitFor();

    // --- a new password, confirmed twice
    await page.getByRole('button', { name: exactly(ru('identity:resetPassword.open')) }).click();
    const resetDialog = page.getByRole('dialog', { name: exactly(ru('identity:resetPassword.title', { username })) });
    await resetDialog.getByText(exactly(ru('identity:resetPassword.consequences'))).waitFor();
    await resetDialog.getByLabel(label(ru('common:password.new'))).fill(NEW_PASSWORD);
    await resetDialog.getByLabel(label(ru('common:password.repeat'))).fill(NEW_PASSWORD);
    await resetDialog.getByRole('button', { name: exactly(ru('identity:resetPassword.submit')) }).click();
    await notified(page, ru('identity:resetPassword.done', { username }));

    // --- the new user signs in elsewhere and finds both roles in the cabinet
    const userContext = await newContext(browser);
    const userPage = await userContext.newPage();
    await signIn(userPage, username, NEW_PASSWORD);
    expect(await userPage.getByTestId('cabinet-heading').textContent()).toBe(ru('common:cabinet.greeting', { name: 'Тестова Айгүл Бакытовна' }));
    await expect.poll(() => userPage.getByTestId('role-card-curator').textContent()).toContain(group.name.ru);
    await userPage.getByTestId('role-card-parent').waitFor();
    expect((await userPage.getByTestId('nav-people').textContent())?.trim()).toBe(ru('common:nav.people'));
    expect(await userPage.getByTestId('nav-users').count()).toBe(0);
    await userContext.close();

    // --- the audit log, filtered by actor and action, then by the account
    await page.getByTestId('nav-audit').click();
    await page.getByRole('heading', { level: 1, name: exactly(ru('admin:audit.title')) }).waitFor();
    for (const action of ['identity.user.create', 'identity.grant.manage', 'identity.user.resetPassword']) {
      const texts = await applyAuditFilters(page, { actor: 'admin', action });
      if (action === 'identity.grant.manage') expect(texts.filter((text) => text.includes('roleGrant')).length).toBeGreaterThanOrEqual(2);
      else expect(texts.some((text) => text.includes(userId)), `${action} of ${userId}`).toBe(true);
    }
    const userRows = await applyAuditFilters(page, { entityId: userId });
    expect(userRows.some((text) => text.includes('identity.user.create'))).toBe(true);
    expect(userRows.some((text) => text.includes('identity.user.resetPassword'))).toBe(true);

    // a row opens to its before/after
    await page.getByTestId('audit-row').first().getByRole('button', { name: exactly(ru('admin:audit.showChanges')) }).click();
    await page.getByRole('button', { name: exactly(ru('admin:audit.hideChanges')) }).waitFor();

    // the CSV export of the same filter answers CSV with the session's cookie
    const href = await page.getByTestId('audit-export').getAttribute('href');
    expect(href).toContain(`entityId=${userId}`);
    const csv = await page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const body = await csv.text();
    const lines = body.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(body).toContain('identity.user.create');
    expect(body).toContain('identity.user.resetPassword');
    expect(lines.slice(1).every((line) => line.includes(userId))).toBe(true);

    // --- a setting: the university's name in Kyrgyz, seen in the header once the interface is in Kyrgyz
    await page.getByTestId('nav-settings').click();
    await page.getByRole('heading', { level: 1, name: exactly(ru('admin:settingsPage.title')) }).waitFor();
    const card = page.getByTestId('setting-university.name');
    const kyName = `Е2Е Сынак университети ${uniqueName('')}`;
    await card.getByLabel(label(`${ru('admin:settings.university_name')} — Кыргызча`)).fill(kyName);
    await card.getByRole('button', { name: exactly(ru('common:action.save')) }).click();
    await notified(page, ru('admin:settingsPage.saved', { label: ru('admin:settings.university_name') }));
    await card.getByText(exactly(ru('admin:settingsPage.changed'))).waitFor();

    await switchLanguage(page, 'Кыр');
    await page.getByTestId('university-name').getByText(exactly(kyName)).waitFor();
    await page.getByRole('heading', { level: 1, name: exactly(t('ky', 'admin:settingsPage.title')) }).waitFor();
    expect(await page.title()).toBe(SETTINGS['university.shortName'].default.ky);

    // back to the default, from the same card (now in Kyrgyz)
    await card.getByRole('button', { name: exactly(t('ky', 'admin:settingsPage.useDefault')) }).click();
    await card.getByRole('button', { name: exactly(t('ky', 'common:action.save')) }).click();
    await notified(page, t('ky', 'admin:settingsPage.saved', { label: t('ky', 'admin:settings.university_name') }));
    await page.getByTestId('university-name').getByText(exactly(SETTINGS['university.name'].default.ky)).waitFor();

    await switchLanguage(page, 'Рус');
    await page.getByTestId('university-name').getByText(exactly(SETTINGS['university.name'].default.ru)).waitFor();
    await adminContext.close();
  });
});
