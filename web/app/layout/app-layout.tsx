import { AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Outlet } from 'react-router';
import { LoadingState } from '../../components/ui/loading-state.tsx';
import { currentLang } from '../../lib/i18n.ts';
import { TimeZoneContext } from '../../lib/use-format.ts';
import { applyLanguage } from '../../modules/identity/hooks/use-language.ts';
import { useSignedInMe } from '../../modules/identity/hooks/use-me.ts';
import { AppHeader } from './app-header.tsx';
import { AppNavbar } from './app-navbar.tsx';

/** The signed-in shell: header, role-aware navigation, and the page. */
export function AppLayout() {
  const me = useSignedInMe();
  const client = useQueryClient();
  const [navOpened, nav] = useDisclosure(false);

  // the user's remembered language wins over this device's last choice; what the server
  // already sent in another language (the university's name) is asked for again
  useEffect(() => {
    if (currentLang() === me.user.lang) return;
    void applyLanguage(me.user.lang).then(() => client.invalidateQueries());
  }, [me.user.lang, client]);

  useEffect(() => {
    document.title = me.university.shortName || me.university.name;
  }, [me.university.name, me.university.shortName]);

  return (
    <TimeZoneContext value={me.university.timeZone}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'sm', sm: 'md' }}
      >
        <AppShell.Header>
          <AppHeader me={me} navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <AppShell.Section grow component={ScrollArea}>
            <AppNavbar viewer={me} onNavigate={nav.close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </TimeZoneContext>
  );
}
