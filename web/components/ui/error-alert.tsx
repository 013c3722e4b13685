import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client.ts';

/** The API's message in the user's language, with the request id to quote to support. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : t('common:error.unexpected');
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={title}>
      <Text size="sm">{message}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('common:error.requestId', { id: requestId })}
        </Text>
      )}
    </Alert>
  );
}
