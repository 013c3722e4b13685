import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFoundState } from '../components/ui/not-found-state.tsx';
import { CabinetPage } from '../modules/identity/pages/cabinet-page.tsx';
import { ProfilePage } from '../modules/identity/pages/profile-page.tsx';
import { SignInPage } from '../modules/identity/pages/sign-in-page.tsx';
import { RequireAbility, RequireSection, RequireSignIn } from './guards.tsx';
import { AppLayout } from './layout/app-layout.tsx';

const PeoplePage = lazy(async () => ({ default: (await import('../modules/identity/pages/people-page.tsx')).PeoplePage }));
const PersonPage = lazy(async () => ({ default: (await import('../modules/identity/pages/person-page.tsx')).PersonPage }));
const UsersPage = lazy(async () => ({ default: (await import('../modules/identity/pages/users-page.tsx')).UsersPage }));
const UserPage = lazy(async () => ({ default: (await import('../modules/identity/pages/user-page.tsx')).UserPage }));
const StudentsPage = lazy(async () => ({ default: (await import('../modules/students/pages/students-page.tsx')).StudentsPage }));
const ImportStudentsPage = lazy(async () => ({ default: (await import('../modules/students/pages/import-students-page.tsx')).ImportStudentsPage }));
const StudentPage = lazy(async () => ({ default: (await import('../modules/students/pages/student-page.tsx')).StudentPage }));
const GroupsPage = lazy(async () => ({ default: (await import('../modules/students/pages/groups-page.tsx')).GroupsPage }));
const GroupPage = lazy(async () => ({ default: (await import('../modules/students/pages/group-page.tsx')).GroupPage }));
const ProgramsPage = lazy(async () => ({ default: (await import('../modules/students/pages/programs-page.tsx')).ProgramsPage }));
const OrdersPage = lazy(async () => ({ default: (await import('../modules/students/pages/orders-page.tsx')).OrdersPage }));
const OrderPage = lazy(async () => ({ default: (await import('../modules/students/pages/order-page.tsx')).OrderPage }));
const NewOrderPage = lazy(async () => ({ default: (await import('../modules/students/pages/new-order-page.tsx')).NewOrderPage }));
const ContingentReportPage = lazy(async () => ({ default: (await import('../modules/students/pages/contingent-report-page.tsx')).ContingentReportPage }));
const PricesPage = lazy(async () => ({ default: (await import('../modules/finance/pages/prices-page.tsx')).PricesPage }));
const CalendarPage = lazy(async () => ({ default: (await import('../modules/calendar/pages/calendar-page.tsx')).CalendarPage }));
const OfferingsPage = lazy(async () => ({ default: (await import('../modules/registration/pages/offerings-page.tsx')).OfferingsPage }));
const StaffPage = lazy(async () => ({ default: (await import('../modules/staff/pages/staff-page.tsx')).StaffPage }));
const StaffCardPage = lazy(async () => ({ default: (await import('../modules/staff/pages/staff-card-page.tsx')).StaffCardPage }));
const StaffListPage = lazy(async () => ({ default: (await import('../modules/staff/pages/staff-list-page.tsx')).StaffListPage }));
const StaffOrdersPage = lazy(async () => ({ default: (await import('../modules/staff/pages/staff-orders-page.tsx')).StaffOrdersPage }));
const StaffOrderPage = lazy(async () => ({ default: (await import('../modules/staff/pages/staff-order-page.tsx')).StaffOrderPage }));
const NewStaffOrderPage = lazy(async () => ({ default: (await import('../modules/staff/pages/new-staff-order-page.tsx')).NewStaffOrderPage }));
const MyStaffCardPage = lazy(async () => ({ default: (await import('../modules/staff/pages/my-staff-card-page.tsx')).MyStaffCardPage }));
const StaffReportsPage = lazy(async () => ({ default: (await import('../modules/staff/pages/staff-reports-page.tsx')).StaffReportsPage }));
const DisciplinesPage = lazy(async () => ({ default: (await import('../modules/curricula/pages/disciplines-page.tsx')).DisciplinesPage }));
const DisciplinePage = lazy(async () => ({ default: (await import('../modules/curricula/pages/discipline-page.tsx')).DisciplinePage }));
const ElectivesPage = lazy(async () => ({ default: (await import('../modules/curricula/pages/electives-page.tsx')).ElectivesPage }));
const PlansPage = lazy(async () => ({ default: (await import('../modules/curricula/pages/plans-page.tsx')).PlansPage }));
const PlanPage = lazy(async () => ({ default: (await import('../modules/curricula/pages/plan-page.tsx')).PlanPage }));
const PlanComparePage = lazy(async () => ({ default: (await import('../modules/curricula/pages/plan-compare-page.tsx')).PlanComparePage }));
const StructurePage = lazy(async () => ({ default: (await import('../modules/org/pages/structure-page.tsx')).StructurePage }));
const RegistrationPage = lazy(async () => ({ default: (await import('../modules/registration/pages/registration-page.tsx')).RegistrationPage }));
const RegistrationQueuePage = lazy(async () => ({ default: (await import('../modules/registration/pages/registration-queue-page.tsx')).RegistrationQueuePage }));
const RegistrationOverviewPage = lazy(async () => ({ default: (await import('../modules/registration/pages/registration-overview-page.tsx')).RegistrationOverviewPage }));
const AuditPage = lazy(async () => ({ default: (await import('../modules/admin/pages/audit-page.tsx')).AuditPage }));
const SettingsPage = lazy(async () => ({ default: (await import('../modules/admin/pages/settings-page.tsx')).SettingsPage }));

/** Every route of the web app; sections another role uses answer "no access". */
export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: (
      <RequireSignIn>
        <AppLayout />
      </RequireSignIn>
    ),
    children: [
      { index: true, element: <CabinetPage /> },
      { path: 'profile', element: <ProfilePage /> },
      {
        path: 'people',
        element: (
          <RequireSection section="people">
            <PeoplePage />
          </RequireSection>
        ),
      },
      {
        path: 'people/:id',
        element: (
          <RequireAbility permission="identity.person.read">
            <PersonPage />
          </RequireAbility>
        ),
      },
      {
        path: 'students',
        element: (
          <RequireSection section="students">
            <StudentsPage />
          </RequireSection>
        ),
      },
      {
        path: 'students/import',
        element: (
          <RequireAbility permission="students.student.manage">
            <ImportStudentsPage />
          </RequireAbility>
        ),
      },
      {
        // a student opens their own card, a parent their child's: the server decides whose
        path: 'students/:id',
        element: (
          <RequireAbility permission="students.student.read">
            <StudentPage />
          </RequireAbility>
        ),
      },
      {
        path: 'groups',
        element: (
          <RequireSection section="groups">
            <GroupsPage />
          </RequireSection>
        ),
      },
      {
        path: 'groups/:id',
        element: (
          <RequireSection section="groups">
            <GroupPage />
          </RequireSection>
        ),
      },
      {
        path: 'structure',
        element: (
          <RequireAbility permission="org.unit.read">
            <StructurePage />
          </RequireAbility>
        ),
      },
      {
        path: 'programs',
        element: (
          <RequireSection section="programs">
            <ProgramsPage />
          </RequireSection>
        ),
      },
      {
        path: 'orders',
        element: (
          <RequireSection section="orders">
            <OrdersPage />
          </RequireSection>
        ),
      },
      {
        path: 'orders/new',
        element: (
          <RequireAbility permission="students.order.create">
            <NewOrderPage />
          </RequireAbility>
        ),
      },
      {
        path: 'orders/:id',
        element: (
          <RequireSection section="orders">
            <OrderPage />
          </RequireSection>
        ),
      },
      {
        path: 'reports/contingent',
        element: (
          <RequireAbility permission="students.report.read">
            <ContingentReportPage />
          </RequireAbility>
        ),
      },
      {
        path: 'finance/prices',
        element: (
          <RequireAbility permission="finance.price.read">
            <PricesPage />
          </RequireAbility>
        ),
      },
      {
        path: 'calendar',
        element: (
          <RequireAbility permission="calendar.read">
            <CalendarPage />
          </RequireAbility>
        ),
      },
      {
        path: 'offerings',
        element: (
          <RequireAbility permission="registration.offering.manage">
            <OfferingsPage />
          </RequireAbility>
        ),
      },
      {
        // a student's own registration, or `?student=` of one the reader guides: the server decides whose
        path: 'registration',
        element: (
          <RequireAbility permission="registration.enrolment.read">
            <RegistrationPage />
          </RequireAbility>
        ),
      },
      {
        // the queue the reader's grants give (advisor, dean's office, registrar): the server decides
        path: 'registration/queue',
        element: (
          <RequireAbility permission="registration.enrolment.read">
            <RegistrationQueuePage />
          </RequireAbility>
        ),
      },
      {
        path: 'registration/overview',
        element: (
          <RequireAbility permission="registration.report.read">
            <RegistrationOverviewPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff',
        element: (
          <RequireAbility permission="staff.card.read">
            <StaffPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff/list',
        element: (
          <RequireAbility permission="staff.card.read">
            <StaffListPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff/me',
        element: (
          <RequireAbility permission="staff.card.read">
            <MyStaffCardPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff/cards/:id',
        element: (
          <RequireAbility permission="staff.card.read">
            <StaffCardPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff/orders',
        element: (
          <RequireAbility permission="staff.order.read">
            <StaffOrdersPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff/orders/new',
        element: (
          <RequireAbility permission="staff.order.create">
            <NewStaffOrderPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff/orders/:id',
        element: (
          <RequireAbility permission="staff.order.read">
            <StaffOrderPage />
          </RequireAbility>
        ),
      },
      {
        path: 'staff/reports',
        element: (
          <RequireAbility permission="staff.report.read">
            <StaffReportsPage />
          </RequireAbility>
        ),
      },
      {
        path: 'curricula/disciplines',
        element: (
          <RequireAbility permission="curricula.discipline.read">
            <DisciplinesPage />
          </RequireAbility>
        ),
      },
      {
        path: 'curricula/disciplines/:id',
        element: (
          <RequireAbility permission="curricula.discipline.read">
            <DisciplinePage />
          </RequireAbility>
        ),
      },
      {
        path: 'curricula/electives',
        element: (
          <RequireAbility permission="curricula.discipline.read">
            <ElectivesPage />
          </RequireAbility>
        ),
      },
      {
        path: 'curricula/plans',
        element: (
          <RequireAbility permission="curricula.plan.read">
            <PlansPage />
          </RequireAbility>
        ),
      },
      {
        path: 'curricula/plans/:id',
        element: (
          <RequireAbility permission="curricula.plan.read">
            <PlanPage />
          </RequireAbility>
        ),
      },
      {
        path: 'curricula/plans/:id/compare/:otherId',
        element: (
          <RequireAbility permission="curricula.plan.read">
            <PlanComparePage />
          </RequireAbility>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireSection section="users">
            <UsersPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/users/:id',
        element: (
          <RequireSection section="users">
            <UserPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequireSection section="audit">
            <AuditPage />
          </RequireSection>
        ),
      },
      {
        path: 'admin/settings',
        element: (
          <RequireSection section="settings">
            <SettingsPage />
          </RequireSection>
        ),
      },
      { path: '*', element: <NotFoundState /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
