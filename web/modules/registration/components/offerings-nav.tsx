import { IconLayoutList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ModuleNavLink } from '../../../components/ui/module-nav-link.tsx';
import { hasAbility, type Viewer } from '../../../lib/abilities.ts';

/** The offerings' entry of the navigation: for who manages sections (the registrar's office, departments). */
export function OfferingsNavLink({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (!hasAbility(viewer, 'registration.offering.manage')) return null;
  return <ModuleNavLink to="/offerings" testId="nav-offerings" label={t('registration:offerings.nav')} icon={IconLayoutList} active={pathname.startsWith('/offerings')} onNavigate={onNavigate} />;
}
