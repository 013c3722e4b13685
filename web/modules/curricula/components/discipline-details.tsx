import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DisciplineDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { HOUR_KINDS } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { inLang, useReaderLang } from '../hooks/use-curricula.ts';

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/** A discipline's card: description, credits, hours by kind, control form, languages and prerequisites (links). */
export function DisciplineDetails({ discipline: d }: { discipline: DisciplineDto }) {
  const { t } = useTranslation();
  const lang = useReaderLang();
  const format = useFormat();
  const description = inLang(d.description, lang);
  const total = HOUR_KINDS.reduce((sum, k) => sum + (d.hours[k] ?? 0), 0);
  return (
    <Paper withBorder p="md" data-testid="discipline-details">
      <Stack gap="md">
        {description ? <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{description}</Text> : <Text size="sm" c="dimmed">{t('curricula:discipline.noDescription')}</Text>}
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
          <Fact label={t('curricula:discipline.code')}>{d.code}</Fact>
          <Fact label={t('curricula:discipline.credits')} testId="discipline-credits-value">{format.number(d.credits)}</Fact>
          <Fact label={t('curricula:discipline.controlForm')}>{t(`curricula:controlForm.${d.controlForm}`)}</Fact>
          <Fact label={t('curricula:discipline.languages')}>{d.languages.map((l) => LANGUAGE_NAMES[l as keyof typeof LANGUAGE_NAMES] ?? l).join(', ')}</Fact>
          <Fact label={t('curricula:discipline.department')}>{d.departmentName}</Fact>
        </SimpleGrid>
        <Group gap="xs">
          {d.kind !== 'regular' && <Badge variant="light" tt="none">{t(`curricula:disciplineKind.${d.kind}`)}</Badge>}
          {d.isElective && <Badge variant="light" color="grape" tt="none">{t('curricula:discipline.elective')}</Badge>}
        </Group>
        <Stack gap={4}>
          <Title order={2} size="h5">{t('curricula:discipline.hours')}</Title>
          <Table.ScrollContainer minWidth={300}>
            <Table fz="sm" withTableBorder data-testid="discipline-hours">
              <Table.Tbody>
                {HOUR_KINDS.map((kind) => (
                  <Table.Tr key={kind}>
                    <Table.Td>{t(`curricula:hourKind.${kind}`)}</Table.Td>
                    <Table.Td ta="right">{format.number(d.hours[kind] ?? 0)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr fw={600}>
                  <Table.Td>{t('curricula:discipline.hoursTotal')}</Table.Td>
                  <Table.Td ta="right">{format.number(total)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
        <Stack gap={4}>
          <Title order={2} size="h5">{t('curricula:discipline.prerequisites')}</Title>
          {d.prerequisites.length === 0 ? (
            <Text size="sm" c="dimmed">{t('curricula:discipline.noPrerequisites')}</Text>
          ) : (
            <Group gap="xs" data-testid="discipline-prerequisite-links">
              {d.prerequisites.map((p) => (
                <Anchor key={p.id} component={Link} to={`/curricula/disciplines/${p.id}`} size="sm">
                  {p.code} — {p.name}
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
