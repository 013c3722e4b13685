import { Button, Container, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../shared/access/permissions.ts';
import { ErrorAlert } from '../components/ui/error-alert.tsx';
import { ForbiddenState } from '../components/ui/forbidden-state.tsx';
import { LoadingState } from '../components/ui/loading-state.tsx';
import { canSeeSection, hasAbility, type NavSection } from '../lib/abilities.ts';
import { useMe, useSignedInMe } from '../modules/identity/hooks/use-me.ts';

/** Signed-out visitors go to the sign-in page and come back afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { data: me, isPending, error, refetch, isFetching } = useMe();
  const { t } = useTranslation();
  const location = useLocation();
  if (isPending) return <LoadingState fullPage />;
  if (error) {
    return (
      <Container size="xs" py="xl">
        <Stack>
          <ErrorAlert error={error} />
          <Button onClick={() => void refetch()} loading={isFetching} variant="light">
            {t('common:action.retry')}
          </Button>
        </Stack>
      </Container>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** A route of a section the user's roles do not open shows "no access" (the server refuses it anyway). */
export function RequireSection({ section, children }: { section: NavSection; children: ReactNode }) {
  const me = useSignedInMe();
  return canSeeSection(me, section) ? <>{children}</> : <ForbiddenState />;
}

export function RequireAbility({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useSignedInMe();
  return hasAbility(me, permission) ? <>{children}</> : <ForbiddenState />;
}
