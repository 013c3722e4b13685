import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeDto } from '../../../shared/modules/identity/identity.contracts.ts';
import { LangSwitch } from '../../components/ui/lang-switch.tsx';
import { useLanguage } from '../../modules/identity/hooks/use-language.ts';
import { NotificationBell } from './notification-bell.tsx';
import { UserMenu } from './user-menu.tsx';

interface AppHeaderProps {
  me: MeDto;
  navOpened: boolean;
  onToggleNav: () => void;
}

/** University name, language switch, the notification bell and user menu; the burger opens the navigation on phones. */
export function AppHeader({ me, navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  return (
    <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t(navOpened ? 'common:nav.close' : 'common:nav.open')}
        />
        <Text component={Link} to="/" fw={700} size="md" truncate c="inherit" td="none" data-testid="university-name">
          <Text span visibleFrom="md" inherit>
            {me.university.name}
          </Text>
          <Text span hiddenFrom="md" inherit>
            {me.university.shortName}
          </Text>
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LangSwitch value={lang} onChange={setLang} />
        <NotificationBell />
        <UserMenu me={me} />
      </Group>
    </Group>
  );
}
