import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import type { FieldChange, PlanDiffDto } from '../api/curricula-api.ts';

const VOCABULARY_OF: Record<string, string> = { groupKind: 'groupKind', cycle: 'cycle', component: 'component', track: 'track', controlForm: 'controlForm' };

/** A changed field's name: a line's field, an hour kind, the plan's own number, or a form of its final attestation (its credits). */
export function fieldLabel(t: TFunction, field: string): string {
  if (field.startsWith('hours.')) return t('curricula:compare.hours', { kind: t(`curricula:hourKind.${field.slice('hours.'.length)}`) });
  if (field.startsWith('attestation.')) return t('curricula:compare.attestationForm', { form: t(`curricula:attestationForm.${field.slice('attestation.'.length)}`) });
  return t(`curricula:compare.field.${field}`);
}

/** A value as the reader knows it: vocabulary values translated, nothing shown as a dash. */
export function valueLabel(t: TFunction, field: string, value: FieldChange['from']): string {
  if (value === null || value === '') return '—';
  const group = VOCABULARY_OF[field];
  return group ? t(`curricula:${group}.${String(value)}`) : String(value);
}

function LineList({ title, codes, plan, color, testId }: { title: string; codes: string[]; plan: PlanDto; color: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid={testId}>
      <Group gap="xs">
        <Title order={2} size="h5">{title}</Title>
        <Badge color={color} variant="light">{codes.length}</Badge>
      </Group>
      {codes.length === 0 ? (
        <Text size="sm" c="dimmed">{t('curricula:compare.none')}</Text>
      ) : (
        codes.map((code) => {
          const line = plan.lines.find((l) => l.code === code);
          return (
            <Text key={code} size="sm" data-testid="diff-line">
              {code}
              {line && ` — ${line.name} (${t('curricula:editor.semester', { semester: line.semester })}, ${t('curricula:discipline.creditsValue', { credits: line.credits })})`}
            </Text>
          );
        })
      )}
    </Stack>
  );
}

/** What changed from plan `from` to plan `to`: lines added, removed and changed (field by field), and the plan's own numbers. */
export function PlanDiffView({ diff, from, to }: { diff: PlanDiffDto; from: PlanDto; to: PlanDto }) {
  const { t } = useTranslation();
  const rows = [...diff.plan.map((c) => ({ code: t('curricula:compare.thePlan'), change: c })), ...diff.changed.flatMap((l) => l.changes.map((c) => ({ code: l.code, change: c })))];
  const nothing = rows.length === 0 && diff.added.length === 0 && diff.removed.length === 0;
  return (
    <Paper withBorder p="md" data-testid="plan-diff">
      <Stack gap="md">
        {nothing && <Text data-testid="diff-same">{t('curricula:compare.same')}</Text>}
        <LineList title={t('curricula:compare.added')} codes={diff.added} plan={to} color="green" testId="diff-added" />
        <LineList title={t('curricula:compare.removed')} codes={diff.removed} plan={from} color="red" testId="diff-removed" />
        <Stack gap={4} data-testid="diff-changed">
          <Group gap="xs">
            <Title order={2} size="h5">{t('curricula:compare.changed')}</Title>
            <Badge color="blue" variant="light">{diff.changed.length + (diff.plan.length ? 1 : 0)}</Badge>
          </Group>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">{t('curricula:compare.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table fz="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('curricula:compare.what')}</Table.Th>
                    <Table.Th>{t('curricula:compare.fieldName')}</Table.Th>
                    <Table.Th>{t('curricula:compare.was', { version: from.version })}</Table.Th>
                    <Table.Th>{t('curricula:compare.became', { version: to.version })}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ code, change }, i) => (
                    <Table.Tr key={`${code}-${change.field}-${i}`} data-testid="diff-change">
                      <Table.Td>{code}</Table.Td>
                      <Table.Td>{fieldLabel(t, change.field)}</Table.Td>
                      <Table.Td>{valueLabel(t, change.field, change.from)}</Table.Td>
                      <Table.Td>{valueLabel(t, change.field, change.to)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
