import { Anchor, Badge, Box, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DisciplineDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { inLang, useReaderLang } from '../hooks/use-curricula.ts';

const languagesOf = (d: DisciplineDto) => d.languages.map((l) => LANGUAGE_NAMES[l as keyof typeof LANGUAGE_NAMES] ?? l).join(', ');
const pathOf = (d: DisciplineDto) => `/curricula/disciplines/${d.id}`;

function ElectiveBadge({ discipline }: { discipline: DisciplineDto }) {
  const { t } = useTranslation();
  return discipline.isElective ? (
    <Badge size="xs" variant="light" color="grape" tt="none">
      {t('curricula:discipline.elective')}
    </Badge>
  ) : null;
}

/** Disciplines found, as a table on wider screens and as cards on phones. */
export function DisciplinesList({ disciplines }: { disciplines: DisciplineDto[] }) {
  const { t } = useTranslation();
  const lang = useReaderLang();
  const format = useFormat();
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="disciplines-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('curricula:discipline.code')}</Table.Th>
                <Table.Th>{t('curricula:discipline.name')}</Table.Th>
                <Table.Th>{t('curricula:discipline.credits')}</Table.Th>
                <Table.Th>{t('curricula:discipline.controlForm')}</Table.Th>
                <Table.Th>{t('curricula:discipline.languages')}</Table.Th>
                <Table.Th>{t('curricula:discipline.department')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {disciplines.map((d) => (
                <Table.Tr key={d.id} data-testid="discipline-row">
                  <Table.Td>{d.code}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={pathOf(d)} size="sm">
                      {inLang(d.name, lang)}
                    </Anchor>{' '}
                    <ElectiveBadge discipline={d} />
                  </Table.Td>
                  <Table.Td>{format.number(d.credits)}</Table.Td>
                  <Table.Td>{t(`curricula:controlForm.${d.controlForm}`)}</Table.Td>
                  <Table.Td>{languagesOf(d)}</Table.Td>
                  <Table.Td>{d.departmentName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <SimpleGrid hiddenFrom="sm" cols={1} spacing="xs" data-testid="discipline-cards">
        {disciplines.map((d) => (
          <DisciplineCard key={d.id} discipline={d} />
        ))}
      </SimpleGrid>
    </>
  );
}

/** One discipline as a card: name, code, credits, control form, languages (phones, and the electives). */
export function DisciplineCard({ discipline: d, withDescription = false }: { discipline: DisciplineDto; withDescription?: boolean }) {
  const { t } = useTranslation();
  const lang = useReaderLang();
  const description = inLang(d.description, lang);
  return (
    <Card withBorder padding="sm" data-testid="discipline-card">
      <Stack gap={4}>
        <Anchor component={Link} to={pathOf(d)} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {inLang(d.name, lang)}
        </Anchor>
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed">
            {d.code}
          </Text>
          <Badge size="xs" variant="outline" tt="none">
            {t('curricula:discipline.creditsValue', { credits: d.credits })}
          </Badge>
          <Badge size="xs" variant="outline" tt="none">
            {t(`curricula:controlForm.${d.controlForm}`)}
          </Badge>
          <ElectiveBadge discipline={d} />
        </Group>
        <Text size="xs">{t('curricula:discipline.languagesValue', { languages: languagesOf(d) })}</Text>
        <Text size="xs" c="dimmed">
          {d.departmentName}
        </Text>
        {withDescription && description && (
          <Text size="sm" lineClamp={4}>
            {description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
