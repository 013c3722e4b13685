import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppointmentDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';

/** Appointments as periods: department, position, rate, kind, state, from — to, and the order that made each. */
export function AppointmentsTable({ appointments, withOrders, testId }: { appointments: AppointmentDto[]; withOrders: boolean; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing={6} fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff:field.unit')}</Table.Th>
            <Table.Th>{t('staff:field.position')}</Table.Th>
            <Table.Th>{t('staff:field.rate')}</Table.Th>
            <Table.Th>{t('staff:field.employment')}</Table.Th>
            <Table.Th>{t('staff:field.period')}</Table.Th>
            <Table.Th>{t('staff:field.order')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {appointments.map((a) => (
            <Table.Tr key={a.id} data-testid="appointment-row">
              <Table.Td>{a.unitName}</Table.Td>
              <Table.Td>
                {a.positionName}{' '}
                {a.status === 'onLeave' && (
                  <Badge color="yellow" variant="light" size="xs">
                    {t('staff:appointmentStatus.onLeave')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{format.number(a.rate)}</Table.Td>
              <Table.Td>{t(`staff:employment.${a.employment}`)}</Table.Td>
              <Table.Td>{t('staff:card.period', { from: format.day(a.validFrom), to: a.validTo ? format.day(a.validTo) : t('staff:card.openEnd') })}</Table.Td>
              <Table.Td>
                {withOrders ? (
                  <Anchor component={Link} to={`/staff/orders/${a.orderId}`} size="sm">
                    {a.orderNumber}
                  </Anchor>
                ) : (
                  a.orderNumber
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
