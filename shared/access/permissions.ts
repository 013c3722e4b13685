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
  // curricula: the discipline catalog (read by everyone who plans or studies; managed by the owning department)
  'curricula.discipline.read',
  'curricula.discipline.manage',
  // curricula: base and working plans (drafted by the program's department, approved by the registrar's office)
  'curricula.plan.read',
  'curricula.plan.manage',
  'curricula.plan.approve',
  // curricula: individual study plans (ИУП) — read by the student, their parents, advisors, the dean's office and the registrar;
  // derived from the working plan by the student (own), the dean's office or the registrar
  'curricula.individualPlan.read',
  'curricula.individualPlan.derive',
  // the academic calendar: read by everyone signed in, kept by the registrar's office (and the administrator)
  'calendar.read',
  'calendar.manage',
  // contingent reports and statistics (as of a date, within the reader's scope)
  'students.report.read',
  // staff (HR): staff cards, positions, HR orders and the appointments they make, staff lists and reports
  'staff.card.read',
  'staff.card.readPersonal',
  'staff.card.manage',
  'staff.order.read',
  'staff.order.create',
  'staff.order.sign',
  'staff.report.read',
  // registration: holds on a student (блокировки); which kind each role may set or lift: shared/modules/registration/registration.hold-kinds.ts
  'registration.hold.read',
  'registration.hold.manage',
  // registration: offerings (discipline × term × language) and their sections, generated from the working plans by the
  // registrar's office; the department assigns teachers and adjusts capacities of its disciplines' sections
  'registration.offering.read',
  'registration.offering.manage',
  // registration: a student's places in sections and waitlists (the student's own; the registrar's office on their behalf)
  'registration.enrolment.read',
  'registration.enrolment.manage',
  // registration: the ИУП flow — the student submits, the advisor approves, the dean's office approves an add/drop change,
  // the registrar's office accepts; closing a term's registration (electives under the minimum, extra sections)
  'registration.plan.submit',
  'registration.plan.approve',
  'registration.plan.approveChange',
  'registration.plan.accept',
  'registration.term.close',
  // registration: who is registered, who is not and what blocks them, per group; lists to XLSX
  'registration.report.read',
  // finance: the price of a credit by program, form and year; payments recorded by the cash desk; a student's tuition
  'finance.price.read',
  'finance.price.manage',
  'finance.payment.read',
  'finance.payment.record',
  // gradebook: final results of a student per discipline and term (read), recorded by gradesheets, transfers and recognition
  'gradebook.result.read',
  'gradebook.result.record',
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
  // marking the own in-app notifications read (one row for "read all")
  'platform.notification.read',
  'platform.system.bootstrap',
  // registration steps the system takes by itself (a freed seat offered to the waitlist, an offer expiring)
  'registration.waitlist.offer',
  'registration.waitlist.expire',
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

const SELF = { 'platform.self.manage': 'scope', 'identity.person.read': 'self', 'students.student.read': 'self', 'calendar.read': 'scope' } as const;
/** the discipline catalog and the plans are public within the university: students build their study plans from them */
const CATALOG = { 'curricula.discipline.read': 'scope', 'curricula.plan.read': 'scope' } as const;
/** individual study plans: read within the grant's scope, derived by the offices that guide registration */
const INDIVIDUAL_PLANS = { 'curricula.individualPlan.read': 'scope', 'curricula.individualPlan.derive': 'scope' } as const;
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
  'students.report.read': 'scope',
} as const;
/** HR (отдел кадров) holds all of the staff module; a department or faculty reads its own staff; a teacher their own card. */
const STAFF_ALL = {
  'staff.card.read': 'scope',
  'staff.card.readPersonal': 'scope',
  'staff.card.manage': 'scope',
  'staff.order.read': 'scope',
  'staff.order.create': 'scope',
  'staff.order.sign': 'scope',
  'staff.report.read': 'scope',
} as const;
const STAFF_UNIT_READ = { 'staff.card.read': 'scope', 'staff.report.read': 'scope' } as const;
const STAFF_OWN = { 'staff.card.read': 'self', 'staff.card.readPersonal': 'self' } as const;
/** holds are seen by the student, their parent and every office that may set one or guides the student */
const HOLDS_READ = { 'registration.hold.read': 'scope' } as const;
/** set and lift holds: the kinds each role may touch are in the hold-kind table */
const HOLDS_MANAGE = { 'registration.hold.read': 'scope', 'registration.hold.manage': 'scope' } as const;
const RESULTS_READ = { 'gradebook.result.read': 'scope' } as const;
/** offerings and sections are public within the university, like the catalog they come from */
const OFFERINGS_READ = { 'registration.offering.read': 'scope' } as const;
/** who is registered where, what blocks them, and what they owe: read by every office that guides registration */
const REGISTRATION_READ = { ...OFFERINGS_READ, 'registration.enrolment.read': 'scope', 'registration.report.read': 'scope', 'finance.price.read': 'scope', 'finance.payment.read': 'scope' } as const;
/** the registrar's office runs registration: sections, enrolments on a student's behalf, acceptance, closing */
const REGISTRATION_OFFICE = {
  ...REGISTRATION_READ,
  'registration.offering.manage': 'scope',
  'registration.enrolment.manage': 'scope',
  'registration.plan.accept': 'scope',
  'registration.term.close': 'scope',
} as const;
/** the cash desk keeps the price list and records payments */
const CASH_DESK = { 'finance.price.read': 'scope', 'finance.price.manage': 'scope', 'finance.payment.read': 'scope', 'finance.payment.record': 'scope' } as const;

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  administrator: {
    scopes: ['university'],
    isFullUser: true,
    permissions: {
      ...RECORDS_OFFICE,
      ...CATALOG,
      'curricula.discipline.manage': 'scope',
      'curricula.plan.manage': 'scope',
      'curricula.plan.approve': 'scope',
      ...INDIVIDUAL_PLANS,
      'calendar.manage': 'scope',
      ...STAFF_ALL,
      ...HOLDS_MANAGE,
      ...RESULTS_READ,
      ...REGISTRATION_OFFICE,
      ...CASH_DESK,
      'gradebook.result.record': 'scope',
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
    permissions: { ...STAFF_READ, ...CATALOG, ...INDIVIDUAL_PLANS, ...HOLDS_MANAGE, ...RESULTS_READ, ...REGISTRATION_OFFICE, 'gradebook.result.record': 'scope', 'curricula.plan.approve': 'scope', 'calendar.manage': 'scope', 'admin.settings.read': 'scope', 'students.student.readPersonal': 'scope', 'students.order.read': 'scope', 'students.report.read': 'scope' },
  },
  personnelOffice: { scopes: ['university'], isFullUser: true, permissions: { ...RECORDS_OFFICE, ...CATALOG, ...HOLDS_MANAGE } },
  // the dean's office proposes orders for its faculty; the student personnel office signs them
  deansOffice: {
    scopes: ['unit'],
    isFullUser: true,
    permissions: { ...STAFF_READ, ...CATALOG, ...INDIVIDUAL_PLANS, ...HOLDS_MANAGE, ...RESULTS_READ, ...REGISTRATION_READ, 'registration.plan.approveChange': 'scope', 'students.student.readPersonal': 'scope', 'students.order.read': 'scope', 'students.order.create': 'scope', 'students.report.read': 'scope', ...STAFF_UNIT_READ },
  },
  // the department owns the curricula of its disciplines (DOMAIN.md §1), and reads the contingent of its groups: the teaching load is computed from it (DOMAIN §11)
  department: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ, ...CATALOG, 'curricula.discipline.manage': 'scope', 'curricula.plan.manage': 'scope', 'students.report.read': 'scope', ...STAFF_UNIT_READ, ...OFFERINGS_READ, 'registration.offering.manage': 'scope' } },
  methodist: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ, ...CATALOG, ...HOLDS_READ, ...OFFERINGS_READ } },
  teacher: { scopes: ['unit'], isFullUser: true, permissions: { ...SELF, ...CATALOG, ...OFFERINGS_READ, 'org.unit.read': 'scope', 'students.structure.read': 'scope', ...STAFF_OWN } },
  // advisors and curators see the progress of their students (DOMAIN.md §1) and what blocks their registration;
  // the advisor reads and approves the plans of the students they guide
  advisor: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ, ...CATALOG, ...HOLDS_READ, ...RESULTS_READ, ...REGISTRATION_READ, 'curricula.individualPlan.read': 'scope', 'registration.plan.approve': 'scope' } },
  curator: { scopes: ['unit'], isFullUser: true, permissions: { ...STAFF_READ, ...CATALOG, ...HOLDS_READ, ...RESULTS_READ, ...REGISTRATION_READ } },
  // a student builds their own plan, takes and leaves seats, submits it, and sees what they owe
  student: {
    scopes: ['unit', 'university'],
    isFullUser: false,
    permissions: {
      ...SELF,
      ...CATALOG,
      ...OFFERINGS_READ,
      'curricula.individualPlan.read': 'self',
      'curricula.individualPlan.derive': 'self',
      'registration.hold.read': 'self',
      'gradebook.result.read': 'self',
      'registration.enrolment.read': 'self',
      'registration.enrolment.manage': 'self',
      'registration.plan.submit': 'self',
      'finance.price.read': 'scope',
      'finance.payment.read': 'self',
    },
  },
  parent: { scopes: ['student'], isFullUser: false, permissions: { ...SELF, 'identity.person.read': 'scope', 'students.student.read': 'scope', 'curricula.individualPlan.read': 'scope', ...HOLDS_READ, ...RESULTS_READ, 'registration.enrolment.read': 'scope', 'finance.payment.read': 'scope' } },
  // the cash desk names the re-studied discipline a prepayment is for, so reads the discipline catalog
  cashier: { scopes: ['university'], isFullUser: true, permissions: { ...STAFF_READ, ...HOLDS_MANAGE, ...CASH_DESK, 'curricula.discipline.read': 'scope' } },
  hr: { scopes: ['university'], isFullUser: true, permissions: { ...STAFF_READ, ...STAFF_ALL } },
  admissions: { scopes: ['university'], isFullUser: true, permissions: { ...SELF, ...CATALOG, 'org.unit.read': 'scope', 'students.structure.read': 'scope' } },
  // the librarian sets the library hold, so reaches the students it is set on
  librarian: { scopes: ['university'], isFullUser: true, permissions: { ...SELF, 'students.student.read': 'scope', ...HOLDS_MANAGE } },
  applicant: { scopes: ['university'], isFullUser: false, permissions: { ...SELF } },
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
