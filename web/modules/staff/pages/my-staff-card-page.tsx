import { EmptyState, Stack } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useMyStaffCard } from '../hooks/use-staff.ts';
import { CardView } from './staff-card-page.tsx';

/** The signed-in person's own staff card (a teacher's "my staff card"), or a note that HR has none yet. */
export function MyStaffCardPage() {
  const { t } = useTranslation();
  const query = useMyStaffCard();
  return (
    <Stack gap="md">
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : query.data ? (
        <CardView card={query.data} />
      ) : (
        <EmptyState icon={<IconId size={28} aria-hidden />} title={t('staff:my.none')} description={t('staff:my.noneHint')} />
      )}
    </Stack>
  );
}
