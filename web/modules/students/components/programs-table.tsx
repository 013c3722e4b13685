import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramDto } from '../../../../shared/modules/students/students.contracts.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { programName, useLang } from '../hooks/use-structure-options.ts';

/** Programs with level, normative duration, credits, languages and the owning department. */
export function ProgramsTable({ programs }: { programs: ProgramDto[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="programs-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('students:program.code')}</Table.Th>
            <Table.Th>{t('students:program.name')}</Table.Th>
            <Table.Th>{t('students:program.level')}</Table.Th>
            <Table.Th ta="right">{t('students:program.duration')}</Table.Th>
            <Table.Th ta="right">{t('students:program.credits')}</Table.Th>
            <Table.Th>{t('students:program.languages')}</Table.Th>
            <Table.Th>{t('students:program.department')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program) => (
            <Table.Tr key={program.id} data-testid="program-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {program.code}
                </Text>
              </Table.Td>
              <Table.Td>{programName(program, lang)}</Table.Td>
              <Table.Td>{t(`students:level.${program.level}`)}</Table.Td>
              <Table.Td ta="right">{format.number(program.durationYears)}</Table.Td>
              <Table.Td ta="right">{program.credits}</Table.Td>
              <Table.Td>{program.languages.map((language) => LANGUAGE_NAMES[language]).join(', ')}</Table.Td>
              <Table.Td>{program.departmentName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
