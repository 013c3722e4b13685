import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CardRowDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';

/** Staff cards found: name, positions and departments today, total rate, degree and title. */
export function StaffCardsTable({ cards }: { cards: CardRowDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="staff-cards-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff:field.fullName')}</Table.Th>
            <Table.Th>{t('staff:field.positions')}</Table.Th>
            <Table.Th>{t('staff:field.units')}</Table.Th>
            <Table.Th>{t('staff:field.totalRate')}</Table.Th>
            <Table.Th>{t('staff:field.degree')}</Table.Th>
            <Table.Th>{t('staff:field.title')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cards.map((card) => (
            <Table.Tr key={card.id} data-testid="staff-card-row">
              <Table.Td>
                <Anchor component={Link} to={`/staff/cards/${card.id}`} size="sm">
                  {card.fullName}
                </Anchor>{' '}
                {!card.isEmployed && <Badge color="gray" variant="light" size="xs">{t('staff:cards.notEmployed')}</Badge>}
                {card.isOnLeave && <Badge color="yellow" variant="light" size="xs">{t('staff:appointmentStatus.onLeave')}</Badge>}
              </Table.Td>
              <Table.Td>{card.positions || '—'}</Table.Td>
              <Table.Td>{card.units || '—'}</Table.Td>
              <Table.Td>{card.isEmployed ? format.number(card.totalRate) : '—'}</Table.Td>
              <Table.Td>{t(`staff:degree.${card.degree}`)}</Table.Td>
              <Table.Td>{t(`staff:academicTitle.${card.title}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
