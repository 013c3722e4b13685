import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { fullName } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useStudent } from '../hooks/use-students.ts';
import { FieldList } from './field-list.tsx';
import { StudentStatusBadge } from './vocabulary.tsx';

/** A student's card in brief (for the cabinet): standing, group, program, and the last periods of the history. */
export function StudentSummaryCard({ id, testId }: { id: string; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useStudent(id);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const student = query.data;
  const current = student.current;
  const recent = [...student.history]
    .filter((period) => !period.isCancelled)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
    .slice(0, 3);
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="lg">
            <Anchor component={Link} to={`/students/${student.id}`} inherit>
              {fullName(student)}
            </Anchor>
          </Text>
          <StudentStatusBadge status={current?.status ?? null} />
        </Group>
        {current ? (
          <FieldList
            items={[
              { label: t('students:field.group'), value: current.groupCode, testId: 'summary-group' },
              { label: t('students:field.program'), value: current.programCode },
              { label: t('students:field.course'), value: student.course },
              { label: t('students:field.studyForm'), value: t(`students:studyForm.${current.studyForm}`) },
              { label: t('students:field.funding'), value: t(`students:funding.${current.funding}`) },
            ]}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('students:card.notEnrolledHint')}
          </Text>
        )}
        {recent.length > 0 && (
          <Stack gap={2} aria-label={t('students:card.history')}>
            <Text size="xs" c="dimmed">
              {t('students:card.history')}
            </Text>
            {recent.map((period) => (
              <Text key={`${period.orderId}-${period.validFrom}`} size="sm">
                {format.day(period.validFrom)} — {t(`students:orderKind.${period.orderKind}`)}, {period.groupCode} (
                {t('students:order.numberShort', { number: period.orderNumber })})
              </Text>
            ))}
          </Stack>
        )}
        <Anchor component={Link} to={`/students/${student.id}`} size="sm">
          {t('students:cabinet.openCard')}
        </Anchor>
      </Stack>
    </Card>
  );
}
