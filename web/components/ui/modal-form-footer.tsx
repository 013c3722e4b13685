import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert.tsx';

/** The end of a modal form: the server's refusal if any, Cancel and the submit button (labelled Save unless told). */
export function ModalFormFooter({ error, loading, submitLabel, submitTestId, onCancel }: { error: unknown; loading: boolean; submitLabel?: string; submitTestId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {error != null && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common:action.cancel')}
        </Button>
        <Button type="submit" loading={loading} data-testid={submitTestId}>
          {submitLabel ?? t('common:action.save')}
        </Button>
      </Group>
    </>
  );
}
