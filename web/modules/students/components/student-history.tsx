import { Anchor, Badge, Card, Group, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlacementDto } from '../../../../shared/modules/students/students.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { StudentStatusBadge } from './vocabulary.tsx';

interface StudentHistoryProps {
  history: PlacementDto[];
  linkOrder: boolean;
  linkGroup: boolean;
}

function PeriodBody({ period, linkOrder, linkGroup }: { period: PlacementDto; linkOrder: boolean; linkGroup: boolean }) {
  const { t } = useTranslation();
  const orderText = `${t('students:order.numberShort', { number: period.orderNumber })} — ${t(`students:orderKind.${period.orderKind}`)}`;
  return (
    <>
      <Group gap={6} wrap="wrap">
        <StudentStatusBadge status={period.status} />
        <Text size="sm">
          {linkGroup ? (
            <Anchor component={Link} to={`/groups/${period.groupId}`} inherit>
              {period.groupCode}
            </Anchor>
          ) : (
            period.groupCode
          )}
          {' · '}
          {period.programCode}
          {' · '}
          {t(`students:studyForm.${period.studyForm}`)}
          {' · '}
          {t(`students:funding.${period.funding}`)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mt={2}>
        {linkOrder ? (
          <Anchor component={Link} to={`/orders/${period.orderId}`} inherit data-testid="history-order-link">
            {orderText}
          </Anchor>
        ) : (
          orderText
        )}
      </Text>
    </>
  );
}

/** Every period "from admission to graduation", oldest first; periods undone by a cancelling order are struck through. */
export function StudentHistory({ history, linkOrder, linkGroup }: StudentHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const periods = [...history].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const active = periods.reduce((last, period, index) => (period.isCancelled ? last : index), -1);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="card-history" data-testid="student-history">
      <Title order={2} size="h5" id="card-history" mb="sm">
        {t('students:card.history')}
      </Title>
      {periods.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('students:card.noHistory')}
        </Text>
      ) : (
        <Timeline active={active} bulletSize={14} lineWidth={2}>
          {periods.map((period) => {
            const from = format.day(period.validFrom);
            const dates =
              period.validTo !== null
                ? t('students:card.period', { from, to: format.day(period.validTo) })
                : period.isCancelled
                  ? t('students:card.periodFrom', { from })
                  : t('students:card.periodOpen', { from });
            const body = <PeriodBody period={period} linkOrder={linkOrder} linkGroup={linkGroup} />;
            return (
              <Timeline.Item
                key={`${period.orderId}-${period.validFrom}`}
                data-testid="history-period"
                data-cancelled={period.isCancelled ? 'true' : 'false'}
                color={period.isCancelled ? 'gray' : undefined}
                title={
                  <Group gap={6}>
                    <Text size="sm" fw={600} td={period.isCancelled ? 'line-through' : undefined}>
                      {dates}
                    </Text>
                    {period.isCancelled && (
                      <Badge size="xs" color="gray" variant="outline" tt="none">
                        {t('students:card.cancelled')}
                      </Badge>
                    )}
                  </Group>
                }
              >
                {period.isCancelled ? (
                  <del style={{ textDecorationColor: 'var(--mantine-color-dimmed)' }} data-testid="history-cancelled">
                    {body}
                  </del>
                ) : (
                  body
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}
