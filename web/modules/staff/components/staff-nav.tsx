import { IconChartBar, IconFileCertificate, IconId, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ROLE_DEFINITIONS, type Permission } from '../../../../shared/access/permissions.ts';
import { ModuleNavLink } from '../../../components/ui/module-nav-link.tsx';
import { hasAbility, rolesOf, type Viewer } from '../../../lib/abilities.ts';

/** Whether the viewer reads staff beyond their own card (HR, a department, a dean's office), through `permission`. */
export function readsStaff(viewer: Viewer | null | undefined, permission: Permission = 'staff.card.read'): boolean {
  return hasAbility(viewer, permission) && rolesOf(viewer).some((role) => ROLE_DEFINITIONS[role].permissions[permission] === 'scope');
}

interface Entry {
  key: 'cards' | 'orders' | 'reports' | 'mine';
  path: string;
  icon: Icon;
  shown: (viewer: Viewer) => boolean;
}

const ENTRIES: Entry[] = [
  // a teacher reads only their own card: "my staff card" instead of the staff
  { key: 'mine', path: '/staff/me', icon: IconId, shown: (v) => hasAbility(v, 'staff.card.read') && !readsStaff(v) },
  { key: 'cards', path: '/staff', icon: IconId, shown: (v) => readsStaff(v) },
  { key: 'orders', path: '/staff/orders', icon: IconFileCertificate, shown: (v) => hasAbility(v, 'staff.order.read') },
  { key: 'reports', path: '/staff/reports', icon: IconChartBar, shown: (v) => readsStaff(v, 'staff.report.read') },
];

const activeFor = (entry: Entry, pathname: string) => (entry.key === 'cards' ? pathname === '/staff' || pathname.startsWith('/staff/cards') || pathname === '/staff/list' : pathname.startsWith(entry.path));

/** The staff (HR) entries of the navigation, for the roles that read staff. */
export function StaffNavLinks({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return ENTRIES.filter((entry) => entry.shown(viewer)).map((entry) => {
    return <ModuleNavLink key={entry.key} to={entry.path} testId={`nav-staff-${entry.key}`} label={t(`staff:nav.${entry.key}`)} icon={entry.icon} active={activeFor(entry, pathname)} onNavigate={onNavigate} />;
  });
}
