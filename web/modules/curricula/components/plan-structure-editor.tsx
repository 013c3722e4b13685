import { ActionIcon, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTESTATION_FORMS, PRACTICE_KINDS } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { CurriculaSelect } from './curricula-vocabulary.tsx';
import { setAttestation, type DraftAttestationPart, type DraftPractice, type PlanDraft } from './plan-draft.ts';

interface Props {
  draft: PlanDraft;
  /** null when the plan is read-only */
  onChange: ((draft: PlanDraft) => void) | null;
  highlighted: string | null;
}

export const groupAnchor = (key: string) => `plan-group-${key}`;
const toInt = (v: number | string, min = 0) => Math.max(min, Math.trunc(Number(v) || 0));

/** Elective groups (choose N of M): each group's key, how many a student chooses, and how many it offers. */
function ElectiveGroups({ draft, onChange, highlighted }: Props) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const members = (k: string) => draft.lines.filter((l) => l.groupKind === 'elective' && l.electiveGroup === k).length;
  const exists = draft.electiveGroups.some((g) => g.key === key.trim());
  const add = () => {
    if (!onChange || key.trim() === '' || exists) return;
    onChange({ ...draft, electiveGroups: [...draft.electiveGroups, { key: key.trim(), choose: 1 }] });
    setKey('');
  };
  const setChoose = (k: string, choose: number) => onChange?.({ ...draft, electiveGroups: draft.electiveGroups.map((g) => (g.key === k ? { ...g, choose } : g)) });
  const remove = (k: string) => onChange?.({ ...draft, electiveGroups: draft.electiveGroups.filter((g) => g.key !== k), lines: draft.lines.map((l) => (l.electiveGroup === k ? { ...l, electiveGroup: null } : l)) });
  return (
    <Stack gap="xs" data-testid="elective-groups">
      <Title order={3} size="h5">{t('curricula:groups.title')}</Title>
      <Text size="xs" c="dimmed">{t('curricula:groups.hint')}</Text>
      {draft.electiveGroups.length === 0 && <Text size="sm" c="dimmed">{t('curricula:groups.empty')}</Text>}
      {draft.electiveGroups.map((g) => (
        <Group key={g.key} gap="xs" wrap="wrap" id={groupAnchor(g.key)} data-testid="elective-group" data-highlighted={highlighted === groupAnchor(g.key) ? 'true' : undefined} bg={highlighted === groupAnchor(g.key) ? 'var(--mantine-color-yellow-light)' : undefined} p={4}>
          <Text size="sm" fw={600} miw={60}>{g.key}</Text>
          {onChange ? (
            <NumberInput size="xs" w={90} min={0} max={20} label={t('curricula:groups.choose')} value={g.choose} onChange={(v) => setChoose(g.key, toInt(v))} />
          ) : (
            <Text size="sm">{t('curricula:groups.chooseValue', { choose: g.choose, of: members(g.key) })}</Text>
          )}
          {onChange && <Text size="sm">{t('curricula:groups.ofValue', { of: members(g.key) })}</Text>}
          {onChange && (
            <ActionIcon variant="subtle" color="red" onClick={() => remove(g.key)} aria-label={t('curricula:groups.remove', { group: g.key })}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {onChange && (
        <Group gap="xs" align="flex-end">
          <TextInput size="xs" label={t('curricula:groups.key')} value={key} onChange={(e) => setKey(e.currentTarget.value)} maxLength={30} error={exists ? t('curricula:groups.exists') : undefined} data-testid="group-key" />
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={add} disabled={key.trim() === '' || exists} data-testid="add-group">
            {t('curricula:groups.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Practices: kind, credits, semester. */
function Practices({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const semesters = Array.from({ length: draft.semesters }, (_, i) => String(i + 1));
  const set = (i: number, patch: Partial<DraftPractice>) => onChange?.({ ...draft, practices: draft.practices.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <Stack gap="xs" data-testid="plan-practices">
      <Title order={3} size="h5">{t('curricula:practices.title')}</Title>
      {draft.practices.length === 0 && <Text size="sm" c="dimmed">{t('curricula:practices.empty')}</Text>}
      {draft.practices.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('curricula:practices.kind')}</Table.Th>
                <Table.Th>{t('curricula:practices.credits')}</Table.Th>
                <Table.Th>{t('curricula:practices.semester')}</Table.Th>
                {onChange && <Table.Th><VisuallyHidden>{t('common:action.actions')}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.practices.map((p, i) => (
                <Table.Tr key={i} data-testid="practice-row">
                  <Table.Td>{onChange ? <CurriculaSelect size="xs" aria-label={t('curricula:practices.kind')} group="practiceKind" values={PRACTICE_KINDS} value={p.kind} onChange={(v) => v && set(i, { kind: v as DraftPractice['kind'] })} /> : t(`curricula:practiceKind.${p.kind}`)}</Table.Td>
                  <Table.Td>{onChange ? <NumberInput size="xs" w={80} aria-label={t('curricula:practices.credits')} min={0} max={60} value={p.credits} onChange={(v) => set(i, { credits: toInt(v) })} data-testid="practice-credits" /> : p.credits}</Table.Td>
                  <Table.Td>{onChange ? <Select size="xs" w={80} aria-label={t('curricula:practices.semester')} allowDeselect={false} data={semesters} value={String(p.semester)} onChange={(v) => v && set(i, { semester: Number(v) })} data-testid="practice-semester" /> : p.semester}</Table.Td>
                  {onChange && (
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" onClick={() => onChange({ ...draft, practices: draft.practices.filter((_, j) => j !== i) })} aria-label={t('curricula:practices.remove', { kind: t(`curricula:practiceKind.${p.kind}`) })}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {onChange && (
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange({ ...draft, practices: [...draft.practices, { kind: 'educational', credits: 0, semester: 1 }] })} data-testid="add-practice">
            {t('curricula:practices.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The final state attestation: its forms with their credits (in the last semester), and their sum. */
function Attestation({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const parts = draft.attestation;
  const set = (next: DraftAttestationPart[]) => onChange?.(setAttestation(draft, next));
  const unused = ATTESTATION_FORMS.filter((f) => !parts.some((p) => p.form === f));
  const formLabel = (form: string) => t(`curricula:attestationForm.${form}`);
  return (
    <Stack gap="xs" data-testid="plan-attestation">
      <Title order={3} size="h5">{t('curricula:attestation.title')}</Title>
      <Text size="xs" c="dimmed">{t('curricula:attestation.hint')}</Text>
      {parts.length === 0 && draft.attestationCredits > 0 && <Text size="sm" c="orange" data-testid="attestation-without-forms">{t('curricula:attestation.withoutForms', { credits: draft.attestationCredits })}</Text>}
      {parts.length === 0 && draft.attestationCredits === 0 && <Text size="sm" c="dimmed">{t('curricula:attestation.empty')}</Text>}
      {parts.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('curricula:attestation.form')}</Table.Th>
                <Table.Th>{t('curricula:attestation.credits')}</Table.Th>
                {onChange && <Table.Th><VisuallyHidden>{t('common:action.actions')}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parts.map((p, i) => (
                <Table.Tr key={i} data-testid="attestation-row">
                  <Table.Td>
                    {onChange ? (
                      <Select
                        size="xs"
                        aria-label={t('curricula:attestation.form')}
                        allowDeselect={false}
                        data={ATTESTATION_FORMS.filter((f) => f === p.form || !parts.some((q) => q.form === f)).map((f) => ({ value: f, label: formLabel(f) }))}
                        value={p.form}
                        onChange={(v) => v && set(parts.map((q, j) => (j === i ? { ...q, form: v } : q)))}
                        data-testid="attestation-form"
                      />
                    ) : (
                      formLabel(p.form)
                    )}
                  </Table.Td>
                  <Table.Td>
                    {onChange ? <NumberInput size="xs" w={80} aria-label={t('curricula:attestation.credits')} min={0} max={60} value={p.credits} onChange={(v) => set(parts.map((q, j) => (j === i ? { ...q, credits: Math.min(60, toInt(v)) } : q)))} data-testid="attestation-credits" /> : p.credits}
                  </Table.Td>
                  {onChange && (
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" onClick={() => set(parts.filter((_, j) => j !== i))} aria-label={t('curricula:attestation.remove', { form: formLabel(p.form) })}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" data-testid="attestation-total">{t('curricula:attestation.total', { credits: draft.attestationCredits })}</Text>
      {onChange && unused.length > 0 && (
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => set([...parts, { form: unused[0]!, credits: 0 }])} data-testid="add-attestation">
            {t('curricula:attestation.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The plan's frame: semesters, the final attestation's forms, elective groups and practices. */
export function PlanStructureEditor(props: Props) {
  const { t } = useTranslation();
  const { draft, onChange } = props;
  return (
    <Paper withBorder p="sm" data-testid="plan-structure">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {onChange ? (
            <NumberInput label={t('curricula:plan.semesters')} min={1} max={16} value={draft.semesters} onChange={(v) => onChange({ ...draft, semesters: Math.min(16, toInt(v, 1)) })} data-testid="plan-semesters-input" />
          ) : (
            <Text size="sm">{t('curricula:plan.semesters')}: {draft.semesters}</Text>
          )}
        </SimpleGrid>
        <ElectiveGroups {...props} />
        <Practices {...props} />
        <Attestation {...props} />
      </Stack>
    </Paper>
  );
}
