import { ROLE_DEFINITIONS, type Permission, type Role } from '../../shared/access/permissions.ts';
import type { GrantDto, MeDto } from '../../shared/modules/identity/identity.contracts.ts';

/**
 * What the web shows to whom. The server decides every access; these helpers only hide
 * what the user's abilities (sent with /api/auth/me) do not allow.
 */
export type Viewer = Pick<MeDto, 'abilities' | 'grants'>;

export type NavSection = 'home' | 'people' | 'students' | 'groups' | 'programs' | 'orders' | 'users' | 'audit' | 'settings';

/** Roles whose grant lets a user look at other people (a parent sees their children). */
export const PEOPLE_ROLES: readonly Role[] = [
  'administrator',
  'registrar',
  'personnelOffice',
  'deansOffice',
  'department',
  'methodist',
  'advisor',
  'curator',
  'cashier',
  'hr',
  'parent',
];

export function hasAbility(viewer: Viewer | null | undefined, permission: Permission): boolean {
  return viewer?.abilities.includes(permission) ?? false;
}

export function holdsRole(viewer: Viewer | null | undefined, role: Role): boolean {
  return viewer?.grants.some((grant) => grant.role === role) ?? false;
}

/** The roles the viewer holds, each once, in the catalog's order of the grants. */
export function rolesOf(viewer: Viewer | null | undefined): Role[] {
  return [...new Set((viewer?.grants ?? []).map((grant: GrantDto) => grant.role))];
}

export function canSeePeople(viewer: Viewer | null | undefined): boolean {
  return hasAbility(viewer, 'identity.person.read') && rolesOf(viewer).some((role) => PEOPLE_ROLES.includes(role));
}

/**
 * Student records beyond one's own: a staff role (a full user) whose grant reads student cards in its
 * scope. A student (self) and a parent (their child) see their cards from the cabinet instead.
 */
export function staffReadsStudents(role: Role): boolean {
  const definition = ROLE_DEFINITIONS[role];
  return definition.isFullUser && definition.permissions['students.student.read'] === 'scope';
}

export function canSeeStudents(viewer: Viewer | null | undefined): boolean {
  return hasAbility(viewer, 'students.student.read') && rolesOf(viewer).some(staffReadsStudents);
}

/** A parent who holds no staff role sees "My children" where staff see "People". */
export function seesOnlyChildren(viewer: Viewer | null | undefined): boolean {
  const roles = rolesOf(viewer).filter((role) => PEOPLE_ROLES.includes(role));
  return roles.length > 0 && roles.every((role) => role === 'parent');
}

const SECTION_PERMISSION: Record<Exclude<NavSection, 'home' | 'people' | 'students'>, Permission> = {
  groups: 'students.structure.read',
  programs: 'students.structure.read',
  orders: 'students.order.read',
  users: 'identity.user.read',
  audit: 'admin.audit.read',
  settings: 'admin.settings.read',
};

export function canSeeSection(viewer: Viewer | null | undefined, section: NavSection): boolean {
  if (section === 'home') return viewer != null;
  if (section === 'people') return canSeePeople(viewer);
  if (section === 'students') return canSeeStudents(viewer);
  return hasAbility(viewer, SECTION_PERMISSION[section]);
}

export const NAV_SECTIONS: readonly NavSection[] = ['home', 'people', 'students', 'groups', 'programs', 'orders', 'users', 'audit', 'settings'];

export const SECTION_PATH: Record<NavSection, string> = {
  home: '/',
  people: '/people',
  students: '/students',
  groups: '/groups',
  programs: '/programs',
  orders: '/orders',
  users: '/admin/users',
  audit: '/admin/audit',
  settings: '/admin/settings',
};

/** The navigation sections the viewer can use, in menu order. */
export function navSectionsFor(viewer: Viewer | null | undefined): NavSection[] {
  return NAV_SECTIONS.filter((section) => canSeeSection(viewer, section));
}

/** The sections one role opens (for the role's card in the cabinet), the cabinet itself aside. */
export function sectionsOfRole(role: Role): NavSection[] {
  const permissions = ROLE_DEFINITIONS[role].permissions;
  const sections: NavSection[] = [];
  if (permissions['identity.person.read'] === 'scope' && PEOPLE_ROLES.includes(role)) sections.push('people');
  if (staffReadsStudents(role)) sections.push('students');
  for (const section of ['groups', 'programs', 'orders', 'users', 'audit', 'settings'] as const) {
    if (permissions[SECTION_PERMISSION[section]] !== undefined) sections.push(section);
  }
  return sections;
}
