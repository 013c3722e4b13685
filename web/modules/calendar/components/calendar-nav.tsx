import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ModuleNavLink } from '../../../components/ui/module-nav-link.tsx';
import { hasAbility, type Viewer } from '../../../lib/abilities.ts';

/** The academic calendar's entry of the navigation: everyone signed in reads it. */
export function CalendarNavLink({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (!hasAbility(viewer, 'calendar.read')) return null;
  return <ModuleNavLink to="/calendar" testId="nav-calendar" label={t('calendar:nav')} icon={IconCalendarEvent} active={pathname.startsWith('/calendar')} onNavigate={onNavigate} />;
}
