import { NavLink } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { Link } from 'react-router';

/** One entry of the navigation: a link with its icon, marked as the current page when active; closes the phone's drawer on click. */
export function ModuleNavLink({ to, testId, label, icon: EntryIcon, active, onNavigate }: { to: string; testId: string; label: string; icon: Icon; active: boolean; onNavigate?: (() => void) | undefined }) {
  return (
    <NavLink
      component={Link}
      to={to}
      data-testid={testId}
      label={label}
      leftSection={<EntryIcon size={18} stroke={1.6} aria-hidden />}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}
