import { IconChecklist, IconListCheck, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ModuleNavLink } from '../../../components/ui/module-nav-link.tsx';
import { hasAbility, type Viewer } from '../../../lib/abilities.ts';

/** Whether the viewer reviews plans at some step (advisor, dean's office, registrar). */
export const reviewsPlans = (viewer: Viewer) => (['registration.plan.approve', 'registration.plan.approveChange', 'registration.plan.accept'] as const).some((p) => hasAbility(viewer, p));

/** Registration's entries of the navigation: a student's own registration, the review queue, the offices' overview. */
export function RegistrationNavLinks({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      {hasAbility(viewer, 'registration.plan.submit') && (
        <ModuleNavLink to="/registration" testId="nav-registration" label={t('registration:nav.mine')} icon={IconChecklist} active={pathname === '/registration'} onNavigate={onNavigate} />
      )}
      {reviewsPlans(viewer) && (
        <ModuleNavLink to="/registration/queue" testId="nav-registration-queue" label={t('registration:nav.queue')} icon={IconListCheck} active={pathname.startsWith('/registration/queue')} onNavigate={onNavigate} />
      )}
      {hasAbility(viewer, 'registration.report.read') && (
        <ModuleNavLink to="/registration/overview" testId="nav-registration-overview" label={t('registration:nav.overview')} icon={IconTable} active={pathname.startsWith('/registration/overview')} onNavigate={onNavigate} />
      )}
    </>
  );
}
