import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadingState({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? '100vh' : undefined} py={fullPage ? 0 : 'xl'} role="status" aria-live="polite">
      <Loader size="md" aria-label={t('common:loading')} />
    </Center>
  );
}
