import { Stack } from '@mantine/core';
import {
  IconAdjustments,
  IconBuilding,
  IconBook,
  IconChartBar,
  IconFileText,
  IconHome,
  IconListDetails,
  IconSchool,
  IconUserCog,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ModuleNavLink } from '../../components/ui/module-nav-link.tsx';
import { navSectionsFor, SECTION_PATH, seesOnlyChildren, type NavSection, type Viewer } from '../../lib/abilities.ts';
import { CurriculaNavLinks } from '../../modules/curricula/index.ts';
import { StaffNavLinks } from '../../modules/staff/index.ts';
import { CalendarNavLink } from '../../modules/calendar/index.ts';
import { FinanceNavLink } from '../../modules/finance/index.ts';
import { OfferingsNavLink, RegistrationNavLinks } from '../../modules/registration/index.ts';
import { hasAbility, staffReadsStudents, rolesOf } from '../../lib/abilities.ts';

const SECTION_ICON: Record<NavSection, Icon> = {
  home: IconHome,
  people: IconUsers,
  students: IconSchool,
  groups: IconUsersGroup,
  programs: IconBook,
  orders: IconFileText,
  users: IconUserCog,
  audit: IconListDetails,
  settings: IconAdjustments,
};

function isActive(section: NavSection, pathname: string): boolean {
  const path = SECTION_PATH[section];
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The sections the signed-in user can use, built from their abilities and roles. */
export function AppNavbar({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const childrenOnly = seesOnlyChildren(viewer);
  return (
    <Stack component="nav" gap={2} aria-label={t('common:nav.label')}>
      {navSectionsFor(viewer).map((section) => {
        const SectionIcon = SECTION_ICON[section];
        const active = isActive(section, pathname);
        return (
          <ModuleNavLink
            key={section}
            to={SECTION_PATH[section]}
            testId={`nav-${section}`}
            label={t(section === 'people' && childrenOnly ? 'common:nav.myChildren' : `common:nav.${section}`)}
            icon={SectionIcon}
            active={active}
            onNavigate={onNavigate}
          />
        );
      })}
      {hasAbility(viewer, 'students.report.read') && (
        <ModuleNavLink to="/reports/contingent" testId="nav-reports" label={t('students-reports:nav')} icon={IconChartBar} active={pathname.startsWith('/reports/')} onNavigate={onNavigate} />
      )}
      <StaffNavLinks viewer={viewer} onNavigate={onNavigate} />
      {hasAbility(viewer, 'org.unit.read') && rolesOf(viewer).some(staffReadsStudents) && (
        <ModuleNavLink to="/structure" testId="nav-structure" label={t('org:nav')} icon={IconBuilding} active={pathname.startsWith('/structure')} onNavigate={onNavigate} />
      )}
      <CurriculaNavLinks viewer={viewer} onNavigate={onNavigate} />
      <CalendarNavLink viewer={viewer} onNavigate={onNavigate} />
      <FinanceNavLink viewer={viewer} onNavigate={onNavigate} />
      <OfferingsNavLink viewer={viewer} onNavigate={onNavigate} />
      <RegistrationNavLinks viewer={viewer} onNavigate={onNavigate} />
    </Stack>
  );
}
