import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner that screen readers hear as "loading": the text lives in the status region, the drawing is hidden from them (an aria-label on the spinner's bare span is not allowed). */
export function LoadingState({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? '100vh' : undefined} py={fullPage ? 0 : 'xl'} role="status" aria-live="polite">
      <Loader size="md" aria-hidden="true" />
      <VisuallyHidden>{t('common:loading')}</VisuallyHidden>
    </Center>
  );
}
