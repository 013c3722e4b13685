import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupMemberDto } from '../api/structure-api.ts';
import { StudentStatusBadge } from './vocabulary.tsx';

/** A group's list on a day: numbered, with standing, form and funding; the starosta marked. */
export function GroupMembersTable({ members, starostaId }: { members: GroupMemberDto[]; starostaId: string | null }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="group-members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>№</Table.Th>
            <Table.Th>{t('common:person.fullName')}</Table.Th>
            <Table.Th>{t('common:person.username')}</Table.Th>
            <Table.Th>{t('students:field.status')}</Table.Th>
            <Table.Th>{t('students:field.studyForm')}</Table.Th>
            <Table.Th>{t('students:field.funding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member, index) => (
            <Table.Tr key={member.id} data-testid="group-member">
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/students/${member.id}`} size="sm">
                  {member.fullName}
                </Anchor>
                {member.id === starostaId && (
                  <Badge size="xs" variant="light" ml={6} tt="none">
                    {t('students:group.starosta')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{member.username}</Table.Td>
              <Table.Td>
                <StudentStatusBadge status={member.status} />
              </Table.Td>
              <Table.Td>{t(`students:studyForm.${member.studyForm}`)}</Table.Td>
              <Table.Td>{t(`students:funding.${member.funding}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
