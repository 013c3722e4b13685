import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FindingDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import type { DraftLine, PlanDraft } from './plan-draft.ts';

const GROUP_LETTER = { fixed: 'a', anySemester: 'b', elective: 'c' } as const;

export interface LineActions {
  onEdit: (line: DraftLine) => void;
  onRemove: (line: DraftLine) => void;
  onMove: (line: DraftLine, by: number) => void;
  onAdd: (semester: number) => void;
}

interface Props {
  draft: PlanDraft;
  semester: number;
  credits: number;
  /** teaching weeks of a semester, which the weekly hours are counted over */
  teachingWeeks: number;
  findings: FindingDto[];
  /** the line or semester a clicked finding points to */
  highlighted: string | null;
  /** null when the plan is read-only */
  actions: LineActions | null;
}

/** Where a line sits on the page, for the findings that point to it. */
export const lineAnchor = (code: string) => `plan-line-${code}`;
export const semesterAnchor = (semester: number) => `plan-semester-${semester}`;

function LineRow({ line, draft, teachingWeeks, findings, highlighted, actions }: { line: DraftLine; draft: PlanDraft; teachingWeeks: number; findings: FindingDto[]; highlighted: boolean; actions: LineActions | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const weekly = { classroom: format.number(line.weeklyHours.classroom), supervised: format.number(line.weeklyHours.supervised) };
  const own = findings.filter((f) => f.where.discipline === line.code);
  const hasError = own.some((f) => f.severity === 'error');
  return (
    <Paper
      withBorder
      p="xs"
      id={lineAnchor(line.code)}
      data-testid="plan-line"
      data-code={line.code}
      data-highlighted={highlighted ? 'true' : undefined}
      bg={highlighted ? 'var(--mantine-color-yellow-light)' : undefined}
      style={highlighted ? { outline: '2px solid var(--mantine-color-yellow-filled)' } : undefined}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {line.code} — {line.name}
          </Text>
          <Group gap={4} wrap="wrap">
            <Badge size="xs" variant="outline" tt="none">{t('curricula:discipline.creditsValue', { credits: line.credits })}</Badge>
            <Badge size="xs" variant="light" tt="none" title={t(`curricula:groupKind.${line.groupKind}`)}>
              {t('curricula:line.groupBadge', { letter: GROUP_LETTER[line.groupKind], group: t(`curricula:groupKind.${line.groupKind}`) })}
            </Badge>
            {line.electiveGroup && <Badge size="xs" variant="light" color="grape" tt="none">{t('curricula:line.electiveGroupValue', { group: line.electiveGroup })}</Badge>}
            <Badge size="xs" variant="default" tt="none">{t(`curricula:cycle.${line.cycle}`)}</Badge>
            <Badge size="xs" variant="default" tt="none">{t(`curricula:component.${line.component}`)}</Badge>
            {line.track === 'minor' && (
              <Badge size="xs" variant="filled" color="teal" tt="none" title={t('curricula:track.minor')} data-testid="line-minor">
                {t('curricula:line.minorBadge')}
              </Badge>
            )}
            <Badge size="xs" variant="outline" color="gray" tt="none" title={t('curricula:line.weeklyHoursTitle', { ...weekly, weeks: teachingWeeks })} data-testid="line-weekly-hours">
              {t('curricula:line.weeklyHoursValue', weekly)}
            </Badge>
            {line.weeklyHours.supervised > 0 && (
              <Badge size="xs" variant="outline" color="gray" tt="none" data-testid="line-weekly-supervised">
                {t('curricula:line.weeklySupervisedValue', weekly)}
              </Badge>
            )}
            {line.midterms !== null && <Badge size="xs" variant="default" tt="none">{t('curricula:line.midtermsValue', { midterms: line.midterms })}</Badge>}
            {own.length > 0 && (
              <Badge size="xs" color={hasError ? 'red' : 'yellow'} variant="light" tt="none" leftSection={<IconAlertTriangle size={10} aria-hidden />}>
                {t('curricula:findings.onLine', { findings: own.length })}
              </Badge>
            )}
          </Group>
        </Stack>
        {actions && (
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" disabled={line.semester <= 1} onClick={() => actions.onMove(line, -1)} aria-label={t('curricula:line.moveEarlier', { code: line.code })} data-testid="line-move-earlier">
              <IconArrowLeft size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" disabled={line.semester >= draft.semesters} onClick={() => actions.onMove(line, 1)} aria-label={t('curricula:line.moveLater', { code: line.code })} data-testid="line-move-later">
              <IconArrowRight size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" onClick={() => actions.onEdit(line)} aria-label={t('curricula:line.edit', { code: line.code })} data-testid="line-edit">
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" onClick={() => actions.onRemove(line)} aria-label={t('curricula:line.remove', { code: line.code })} data-testid="line-remove">
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

/** One semester of the plan: its lines, practices and (in the last one) the final attestation, with its credits. */
export function PlanSemesterSection({ draft, semester, credits, teachingWeeks, findings, highlighted, actions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const lines = draft.lines.filter((l) => l.semester === semester);
  const practices = draft.practices.filter((p) => p.semester === semester);
  const isHighlighted = highlighted === semesterAnchor(semester);
  return (
    <Paper withBorder p="sm" id={semesterAnchor(semester)} data-testid="plan-semester" data-semester={semester} data-highlighted={isHighlighted ? 'true' : undefined} style={isHighlighted ? { outline: '2px solid var(--mantine-color-yellow-filled)' } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('curricula:editor.semester', { semester })}
          </Title>
          <Badge variant="light" size="lg" tt="none" data-testid="semester-credits">
            {t('curricula:editor.credits', { credits: format.number(credits) })}
          </Badge>
        </Group>
        {lines.length === 0 && practices.length === 0 && <Text size="sm" c="dimmed">{t('curricula:editor.emptySemester')}</Text>}
        {lines.map((line) => (
          <LineRow key={line.disciplineId} line={line} draft={draft} teachingWeeks={teachingWeeks} findings={findings} highlighted={highlighted === lineAnchor(line.code)} actions={actions} />
        ))}
        {practices.map((p, i) => (
          <Text key={`${p.kind}-${i}`} size="sm" data-testid="semester-practice">
            {t(`curricula:practiceKind.${p.kind}`)} — {t('curricula:discipline.creditsValue', { credits: p.credits })}
          </Text>
        ))}
        {semester === draft.semesters && draft.attestationCredits > 0 && (
          <Text size="sm" data-testid="semester-attestation">{t('curricula:editor.attestationValue', { credits: draft.attestationCredits })}</Text>
        )}
        {semester === draft.semesters &&
          draft.attestation.map((a, i) => (
            <Text key={`${a.form}-${i}`} size="sm" pl="md" data-testid="semester-attestation-form">
              {t('curricula:editor.attestationPart', { form: t(`curricula:attestationForm.${a.form}`), credits: a.credits })}
            </Text>
          ))}
        {actions && (
          <Group>
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => actions.onAdd(semester)} data-testid="add-line">
              {t('curricula:editor.addLine', { semester })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
