import { Anchor, Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { fullName } from '../../../lib/format.ts';

/** People as a dense table: name (to the card), personal ID, home unit, roles. */
export function PeopleTable({ people }: { people: PersonDto[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common:person.fullName')}</Table.Th>
            <Table.Th>{t('common:person.username')}</Table.Th>
            <Table.Th>{t('common:person.homeUnit')}</Table.Th>
            <Table.Th>{t('common:person.roles')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Anchor component={Link} to={`/people/${person.id}`} size="sm">
                  {fullName(person)}
                </Anchor>
              </Table.Td>
              <Table.Td>{person.username}</Table.Td>
              <Table.Td>{person.homeUnitName ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {person.roles.map((role) => (
                    <Badge key={role} variant="light" size="sm" tt="none">
                      {t(`common:roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
