import { IconCoins } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ModuleNavLink } from '../../../components/ui/module-nav-link.tsx';
import { hasAbility, type Viewer } from '../../../lib/abilities.ts';

/** Finance's entry of the navigation: the price list, for those who keep it (the cash desk, the administrator). */
export function FinanceNavLink({ viewer, onNavigate }: { viewer: Viewer; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (!hasAbility(viewer, 'finance.price.manage')) return null;
  return <ModuleNavLink to="/finance/prices" testId="nav-finance" label={t('finance:nav')} icon={IconCoins} active={pathname.startsWith('/finance')} onNavigate={onNavigate} />;
}
