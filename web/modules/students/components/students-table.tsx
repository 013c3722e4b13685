import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StudentRowDto } from '../../../../shared/modules/students/students.contracts.ts';
import { StudentStatusBadge } from './vocabulary.tsx';

/** Students, dense, for the records office and the dean's office. */
export function StudentsTable({ students }: { students: StudentRowDto[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="students-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common:person.fullName')}</Table.Th>
            <Table.Th>{t('common:person.username')}</Table.Th>
            <Table.Th>{t('students:field.group')}</Table.Th>
            <Table.Th>{t('students:field.program')}</Table.Th>
            <Table.Th>{t('students:field.course')}</Table.Th>
            <Table.Th>{t('students:field.studyForm')}</Table.Th>
            <Table.Th>{t('students:field.funding')}</Table.Th>
            <Table.Th>{t('students:field.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {students.map((student) => (
            <Table.Tr key={student.id} data-testid="student-row">
              <Table.Td>
                <Anchor component={Link} to={`/students/${student.id}`} size="sm">
                  {student.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>{student.username}</Table.Td>
              <Table.Td>
                {student.groupId ? (
                  <Anchor component={Link} to={`/groups/${student.groupId}`} size="sm">
                    {student.groupCode}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{student.programCode ?? '—'}</Table.Td>
              <Table.Td>{student.course ?? '—'}</Table.Td>
              <Table.Td>{student.studyForm ? t(`students:studyForm.${student.studyForm}`) : '—'}</Table.Td>
              <Table.Td>{student.funding ? t(`students:funding.${student.funding}`) : '—'}</Table.Td>
              <Table.Td>
                <StudentStatusBadge status={student.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
