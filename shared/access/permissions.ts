/**
 * The permission catalog (`module.resource.action`) and which role holds which permission.
 * This is the one place that says who may do what; routes name a permission from here,
 * audit rows name their action from here, and the web hides what the user's abilities lack.
 */

export const PERMISSIONS = [
  // every signed-in user: own profile, own password, own sessions, own language
  'platform.self.manage',
  // people (user accounts seen as persons) and their roles
  'identity.person.read',
  'identity.user.read',
  'identity.user.create',
  'identity.user.update',
  'identity.user.deactivate',
  'identity.user.resetPassword',
  'identity.grant.manage',
  // academic structure (units)
  'org.unit.read',
  'org.unit.manage',
  // academic structure, student records and orders
  'students.structure.read',
  'students.structure.manage',
  'students.student.read',
  'students.student.readPersonal',
  'students.student.manage',
  'students.order.read',
  'students.order.create',
  'students.order.sign',
  // administration
  'admin.audit.read',
  'admin.audit.export',
  'admin.settings.read',
  'admin.settings.update',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Audit actions that are not a route's permission (sign-in events and the like). */
export const AUDIT_EVENTS = [
  'auth.session.create',
  'auth.session.revoke',
  'auth.signin.failed',
  'auth.account.locked',
  'auth.password.change',
  'platform.language.change',
  'platform.system.bootstrap',
] as const;

export type AuditAction = Permission | (typeof AUDIT_EVENTS)[number];

/**
 * How a role's grant is scoped.
 * - university: the whole university, no unit
 * - unit: a unit of the structure (faculty, department, group) and everything inside it
 * - student: one linked student (a parent)
 */
export type ScopeKind = 'university' | 'unit' | 'student';

export const ROLES = [
  'administrator',
  'registrar',
  'personnelOffice',
  'deansOffice',
  'department',
  'methodist',
  'teacher',
  'advisor',
  'curator',
  'student',
  'parent',
  'cashier',
  'hr',
  'admissions',
  'librarian',
  'applicant',
] as const;

export type Role = (typeof ROLES)[number];

/**
 * How far a permission reaches through a grant:
 * - 'scope': within the grant's scope (whole university when the grant has none)
 * - 'self': only the actor's own records, whatever the grant's scope
 */
export type Reach = 'scope' | 'self';

interface RoleDefinition {
  /** scope kinds this role may be granted with; the first is the default */
  scopes: readonly ScopeKind[];
  /** true for staff who enter and change data (seed 001: "full users") */
  isFullUser: boolean;
  permissions: Partial<Record<Permission, Reach>>;
}

const SELF = { 'platform.self.manage': 'scope', 'identity.person.read': 'self', 'students.student.read': 'self' } as const;
const STAFF_READ = {
  ...SELF,
  'identity.person.read': 'scope',
  'org.unit.read': 'scope',
  'students.structure.read': 'scope',
  'students.student.read': 'scope',
} as const;
const RECORDS_OFFICE = {
  ...STAFF_READ,
  // the structure is kept by the administrator and the student personnel office (both hold RECORDS_OFFICE)
  'org.unit.manage': 'scope',
  'students.structure.manage': 'scope',
  'students.student.readPersonal': 'scope',
  'students.student.manage': 'scope',
  'students.order.read': 'scope',
  'students.order.create': 'scope',
  'students.order.sign': 'scope',
} as const;

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  administrator: {
    scopes: ['university'],
    isFullUser: true,
    permissions: {
      ...RECORDS_OFFICE,
      'identity.user.read': 'scope',
      'identity.user.create': 'scope',
      'identity.user.update': 'scope',
      'identity.user.deactivate': 'scope',
      'identity.user.resetPassword': 'scope',
      'identity.grant.manage': 'scope',
      'admin.audit.read': 'scope',
      'admin.audit.export': 'scope',
      'admin.settings.read': 'scope',
      'admin.settings.update': 'scope',
    },
  },
  registrar: {
    scopes: ['university'],
    isFullUser: true,
    permissions: { ...STAFF_READ, 'admin.settings.read': 'scope', 'students.student.readPersonal': 'scope', 'students.order.read': 'scope' },
  },
  personnelOffice: { scopes: ['university'], isFullUser: true, permissions: { ...RECORDS_OFFICE } },
  // the dean's office proposes orders for its faculty; the student personnel office signs them
  deansOffice: {
    scopes: ['unit'],
    isFullUser: true,
    permissions: { ...STAFF_READ, 'students.student.readPersonal': 'scope', 'students.order.read': 'scope', 'students.order.create': 'scope' },
  },
  department: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ } },
  methodist: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ } },
  teacher: { scopes: ['unit'], isFullUser: true, permissions: { ...SELF, 'org.unit.read': 'scope', 'students.structure.read': 'scope' } },
  advisor: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ } },
  curator: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ } },
  student: { scopes: ['unit', 'university'], isFullUser: false, permissions: { ...SELF } },
  parent: { scopes: ['student'], isFullUser: false, permissions: { ...SELF, 'identity.person.read': 'scope', 'students.student.read': 'scope' } },
  cashier: { scopes: ['university'], isFullUser: true, permissions: { ...STAFF_READ } },
  hr: { scopes: ['university'], isFullUser: true, permissions: { ...STAFF_READ } },
  admissions: { scopes: ['university'], isFullUser: true, permissions: { ...SELF, 'org.unit.read': 'scope', 'students.structure.read': 'scope' } },
  librarian: { scopes: ['university'], isFullUser: true, permissions: { ...SELF } },
  applicant: { scopes: ['university'], isFullUser: false, permissions: { ...SELF } },
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
