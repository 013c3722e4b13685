import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for an unknown address, or a record the API does not know. */
export function NotFoundState({ message }: { message?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      data-testid="not-found"
      py="xl"
      icon={<IconMapQuestion size={28} aria-hidden />}
      variant="light"
      title={t('common:notFound.title')}
      description={message ?? t('common:notFound.description')}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('common:notFound.toHome')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
