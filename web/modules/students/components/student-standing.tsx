import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StudentDto } from '../../../../shared/modules/students/students.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { FieldList } from './field-list.tsx';
import { StudentStatusBadge } from './vocabulary.tsx';

interface StudentStandingProps {
  student: StudentDto;
  /** links the group to its page (students.structure.read) */
  linkGroup: boolean;
  /** links the order to its page (students.order.read) */
  linkOrder: boolean;
}

/** Where the student stands today, as the last signed order placed them. */
export function StudentStanding({ student, linkGroup, linkOrder }: StudentStandingProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const current = student.current;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="card-standing" data-testid="student-standing">
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={2} size="h5" id="card-standing">
          {t('students:card.standing')}
        </Title>
        <StudentStatusBadge status={current?.status ?? null} size="md" />
      </Group>
      {current === null ? (
        <Text size="sm" c="dimmed">
          {t('students:card.notEnrolledHint')}
        </Text>
      ) : (
        <FieldList
          cols={3}
          items={[
            {
              label: t('students:field.group'),
              value: linkGroup ? (
                <Anchor component={Link} to={`/groups/${current.groupId}`} inherit>
                  {current.groupCode}
                </Anchor>
              ) : (
                current.groupCode
              ),
              testId: 'standing-group',
            },
            { label: t('students:field.program'), value: current.programCode },
            { label: t('students:field.course'), value: student.course },
            { label: t('students:field.studyForm'), value: t(`students:studyForm.${current.studyForm}`) },
            { label: t('students:field.funding'), value: t(`students:funding.${current.funding}`) },
            {
              label: t('students:card.since'),
              value: (
                <>
                  {format.day(current.validFrom)}
                  {' · '}
                  {linkOrder ? (
                    <Anchor component={Link} to={`/orders/${current.orderId}`} inherit>
                      {t('students:order.numberShort', { number: current.orderNumber })}
                    </Anchor>
                  ) : (
                    t('students:order.numberShort', { number: current.orderNumber })
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      {student.upcoming && (
        <Text size="sm" mt="sm" data-testid="standing-upcoming">
          {t('students:card.upcoming', {
            date: format.day(student.upcoming.validFrom),
            group: student.upcoming.groupCode,
            status: t(`students:status.${student.upcoming.status}`),
            number: student.upcoming.orderNumber,
          })}
        </Text>
      )}
    </Card>
  );
}
