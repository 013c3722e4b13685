import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown where the user's roles give no access (a route of another role, or a 403 answer). */
export function ForbiddenState({ message }: { message?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      data-testid="forbidden"
      role="alert"
      py="xl"
      icon={<IconLock size={28} aria-hidden />}
      variant="light"
      color="red"
      title={t('common:forbidden.title')}
      description={message ?? t('common:forbidden.description')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('common:forbidden.toHome')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
