import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupDto } from '../../../../shared/modules/students/students.contracts.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';

/** Groups with their program, year of study, form, language, curator and size today. */
export function GroupsTable({ groups }: { groups: GroupDto[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="groups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('students:group.code')}</Table.Th>
            <Table.Th>{t('students:field.program')}</Table.Th>
            <Table.Th>{t('students:field.course')}</Table.Th>
            <Table.Th>{t('students:group.admissionYear')}</Table.Th>
            <Table.Th>{t('students:field.studyForm')}</Table.Th>
            <Table.Th>{t('students:group.language')}</Table.Th>
            <Table.Th>{t('students:group.curator')}</Table.Th>
            <Table.Th ta="right">{t('students:group.size')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.id} data-testid="group-row">
              <Table.Td>
                <Anchor component={Link} to={`/groups/${group.id}`} size="sm" fw={600}>
                  {group.code}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'normal', minWidth: 220 }}>
                <Text size="sm" span>
                  {group.programCode}
                </Text>{' '}
                <Text size="xs" c="dimmed" span>
                  {group.programName}
                </Text>
              </Table.Td>
              <Table.Td>{group.course === 0 ? t('students:course.notStarted') : group.course}</Table.Td>
              <Table.Td>{group.admissionYear}</Table.Td>
              <Table.Td>{t(`students:studyForm.${group.studyForm}`)}</Table.Td>
              <Table.Td>{LANGUAGE_NAMES[group.language]}</Table.Td>
              <Table.Td>{group.curatorName ?? '—'}</Table.Td>
              <Table.Td ta="right">{group.studentCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
