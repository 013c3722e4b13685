import { SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useStudents } from '../hooks/use-students.ts';
import { StudentSummaryCard } from './student-summary-card.tsx';

/**
 * For a student their own study record, for a parent their children's: the server answers
 * GET /api/students with exactly the cards the reader may see (a student: themself).
 */
export function MyStudentCards({ asParent }: { asParent: boolean }) {
  const { t } = useTranslation();
  const query = useStudents({ page: 1, pageSize: 20 });
  const title = t(asParent ? 'students:cabinet.childrenStudies' : 'students:cabinet.myStudies');
  if (query.isPending) return <LoadingState />;
  // no student card yet (an account without one) is not an error worth alarming the user with
  if (query.error && !(isApiError(query.error) && (query.error.status === 403 || query.error.status === 404))) {
    return <ErrorAlert error={query.error} />;
  }
  const rows = query.data?.items ?? [];
  return (
    <section aria-labelledby="my-studies" data-testid="my-studies">
      <Title order={2} size="h4" id="my-studies" mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('students:cabinet.noCard')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {rows.map((row) => (
            <StudentSummaryCard key={row.id} id={row.id} testId={`student-summary-${row.username}`} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
