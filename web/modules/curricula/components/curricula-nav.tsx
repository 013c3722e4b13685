import { IconBooks, IconListCheck, IconTable, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ROLE_DEFINITIONS, type Permission } from '../../../../shared/access/permissions.ts';
import { ModuleNavLink } from '../../../components/ui/module-nav-link.tsx';
import { hasAbility, rolesOf, type Viewer } from '../../../lib/abilities.ts';

/** Whether one of the viewer's roles — staff (`fullUser`) or not — holds `permission`. */
function heldBy(viewer: Viewer, permission: Permission, fullUser: boolean): boolean {
  return hasAbility(viewer, permission) && rolesOf(viewer).some((role) => ROLE_DEFINITIONS[role].isFullUser === fullUser && ROLE_DEFINITIONS[role].permissions[permission] !== undefined);
}

interface Entry {
  key: 'disciplines' | 'plans' | 'electives';
  path: string;
  icon: Icon;
  shown: (viewer: Viewer) => boolean;
}

const ENTRIES: Entry[] = [
  { key: 'disciplines', path: '/curricula/disciplines', icon: IconBooks, shown: (v) => heldBy(v, 'curricula.discipline.read', true) },
  { key: 'plans', path: '/curricula/plans', icon: IconTable, shown: (v) => heldBy(v, 'curricula.plan.read', true) },
  // a student chooses electives from the catalog of electives (КЭД)
  { key: 'electives', path: '/curricula/electives', icon: IconListCheck, shown: (v) => heldBy(v, 'curricula.discipline.read', false) },
];

/** The curricula entries of the navigation: the catalog and the plans for staff, the electives (КЭД) for students. */
export function CurriculaNavLinks({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return ENTRIES.filter((entry) => entry.shown(viewer)).map((entry) => {
    const active = pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    return <ModuleNavLink key={entry.key} to={entry.path} testId={`nav-curricula-${entry.key}`} label={t(`curricula:nav.${entry.key}`)} icon={entry.icon} active={active} onNavigate={onNavigate} />;
  });
}
