import { NavLink } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { hasAbility, type Viewer } from '../../../lib/abilities.ts';

/** The academic calendar's entry of the navigation: everyone signed in reads it. */
export function CalendarNavLink({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (!hasAbility(viewer, 'calendar.read')) return null;
  const active = pathname.startsWith('/calendar');
  return (
    <NavLink
      component={Link}
      to="/calendar"
      data-testid="nav-calendar"
      label={t('calendar:nav')}
      leftSection={<IconCalendarEvent size={18} stroke={1.6} aria-hidden />}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}
