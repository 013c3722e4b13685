import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_DEFINITIONS, ROLES, type Role } from '../../shared/access/permissions.ts';
import { DEMO_SIGN_INS } from '../../server/demo/generate.ts';
import { exactly, launchBrowser, newContext, prefixOf, signIn, signOut, t } from '../browser.ts';

/**
 * Every demo role signs in, sees its cabinet and only its own sections, is refused another
 * role's page, and signs out. The expected sections come from the permission catalog.
 */

type Section = 'home' | 'people' | 'students' | 'groups' | 'programs' | 'orders' | 'users' | 'audit' | 'settings';
const SECTIONS: readonly Section[] = ['home', 'people', 'students', 'groups', 'programs', 'orders', 'users', 'audit', 'settings'];

/**
 * The sections a role opens, by the catalog: People for those who read people in a scope, Students for
 * staff who read cards in a scope (students and parents see their cards in the cabinet), the rest by permission.
 */
function expectedSections(role: Role): Section[] {
  const { permissions, isFullUser } = ROLE_DEFINITIONS[role];
  const sees: Record<Section, boolean> = {
    home: true,
    people: permissions['identity.person.read'] === 'scope',
    students: isFullUser && permissions['students.student.read'] === 'scope',
    groups: permissions['students.structure.read'] !== undefined,
    programs: permissions['students.structure.read'] !== undefined,
    orders: permissions['students.order.read'] !== undefined,
    users: permissions['identity.user.read'] !== undefined,
    audit: permissions['admin.audit.read'] !== undefined,
    settings: permissions['admin.settings.read'] !== undefined,
  };
  return SECTIONS.filter((section) => sees[section]);
}

/**
 * The entries modules add after the sections, in the navigation's order, by the catalog: contingent
 * reports, the staff entries (one's own card for a teacher, the staff for those who read it in a scope),
 * the structure for staff who read students in a scope, the curricula entries, the calendar and registration.
 */
function expectedModuleEntries(role: Role): string[] {
  const { permissions, isFullUser } = ROLE_DEFINITIONS[role];
  const inScope = (permission: keyof typeof permissions) => permissions[permission] === 'scope';
  const entries: [string, boolean][] = [
    ['nav-reports', permissions['students.report.read'] !== undefined],
    ['nav-staff-mine', permissions['staff.card.read'] !== undefined && !inScope('staff.card.read')],
    ['nav-staff-cards', inScope('staff.card.read')],
    ['nav-staff-orders', permissions['staff.order.read'] !== undefined],
    ['nav-staff-reports', inScope('staff.report.read')],
    ['nav-structure', permissions['org.unit.read'] !== undefined && isFullUser && inScope('students.student.read')],
    // curricula: the catalog and the plans for staff, the catalog of electives (КЭД) for students
    ['nav-curricula-disciplines', isFullUser && permissions['curricula.discipline.read'] !== undefined],
    ['nav-curricula-plans', isFullUser && permissions['curricula.plan.read'] !== undefined],
    ['nav-curricula-electives', !isFullUser && permissions['curricula.discipline.read'] !== undefined],
    ['nav-calendar', permissions['calendar.read'] !== undefined],
    ['nav-finance', permissions['finance.price.manage'] !== undefined],
    ['nav-offerings', permissions['registration.offering.manage'] !== undefined],
    // registration: a student's own, the review queue for whoever reviews plans, the offices' overview
    ['nav-registration', permissions['registration.plan.submit'] !== undefined],
    ['nav-registration-queue', ['registration.plan.approve', 'registration.plan.approveChange', 'registration.plan.accept'].some((p) => permissions[p as keyof typeof permissions] !== undefined)],
    ['nav-registration-overview', permissions['registration.report.read'] !== undefined],
  ];
  return entries.filter(([, shown]) => shown).map(([testId]) => testId);
}

const PATH: Record<Exclude<Section, 'home'>, string> = {
  people: '/people',
  students: '/students',
  groups: '/groups',
  programs: '/programs',
  orders: '/orders',
  users: '/admin/users',
  audit: '/admin/audit',
  settings: '/admin/settings',
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('every demo role', () => {
  it('has a demo sign-in for every role of the catalog', () => {
    expect(DEMO_SIGN_INS.map((entry) => entry.role).sort()).toEqual([...ROLES].sort());
  });

  it.each(DEMO_SIGN_INS)('$role ($username): cabinet, own sections only, another role’s page refused, sign-out', async ({ role, username }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      // the demo users' language is Russian
      await signIn(page, username);
      await expect.poll(() => page.getByTestId('cabinet-heading').textContent()).toContain(prefixOf('ru', 'common:cabinet.greeting').trim());
      const card = page.getByTestId(`role-card-${role}`);
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe(t('ru', `common:roles.${role}`));

      // the navigation shows exactly the role's sections, each with its translated name
      const nav = page.getByRole('navigation', { name: t('ru', 'common:nav.label') });
      const expected = expectedSections(role);
      await nav.getByTestId('nav-home').waitFor();
      const shown = await nav.locator('[data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
      expect(shown).toEqual([...expected.map((section) => `nav-${section}`), ...expectedModuleEntries(role)]);
      for (const section of expected) {
        const name = section === 'people' && role === 'parent' ? 'myChildren' : section;
        expect((await nav.getByTestId(`nav-${section}`).textContent())?.trim()).toBe(t('ru', `common:nav.${name}`));
      }

      // every section the role lacks answers "no access" when its address is typed; the administrator lacks none
      const refused = SECTIONS.filter((section): section is Exclude<Section, 'home'> => !expected.includes(section));
      for (const section of refused) {
        await page.goto(PATH[section]);
        const forbidden = page.getByTestId('forbidden');
        await forbidden.waitFor();
        expect(await forbidden.textContent(), `${role} at ${PATH[section]}`).toContain(t('ru', 'common:forbidden.title'));
        expect(await page.getByRole('table').count(), `${role} at ${PATH[section]}`).toBe(0);
      }
      if (role === 'administrator') {
        await page.goto('/admin/users');
        await page.getByRole('heading', { level: 1, name: exactly(t('ru', 'identity:users.title')) }).waitFor();
        await page.getByRole('table').first().waitFor();
        expect(await page.getByTestId('forbidden').count()).toBe(0);
      } else {
        expect(refused, 'every role but the administrator lacks the users page').toContain('users');
      }

      // sign out through the user menu; afterwards the cabinet is behind the sign-in page
      await signOut(page);
      await page.getByRole('button', { name: exactly(t('ru', 'common:signIn.submit')) }).waitFor();
      await page.goto('/');
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByRole('heading', { name: exactly(t('ru', 'common:signIn.title')) }).waitFor();
      expect(await page.getByTestId('cabinet-heading').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
