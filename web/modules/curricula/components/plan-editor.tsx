import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingDto, PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { savePlanContent } from '../api/curricula-api.ts';
import { usePlanChanged } from '../hooks/use-curricula.ts';
import { contentOf, creditsBySemester, draftOf, minorBySemester, moveLine, putLine, removeLine, sameContent, type DraftLine, type PlanDraft } from './plan-draft.ts';
import { PlanFindings } from './plan-findings.tsx';
import { PlanLineModal } from './plan-line-modal.tsx';
import { lineAnchor, PlanSemesterSection, semesterAnchor, type LineActions } from './plan-semester-section.tsx';
import { groupAnchor, PlanStructureEditor } from './plan-structure-editor.tsx';
import { PlanTotals } from './plan-totals.tsx';

/** Where on the page a finding points: its line, its elective group, its semester, or its year's first semester. */
function anchorOf(finding: FindingDto, draft: PlanDraft): string | null {
  const { discipline, group, semester, year } = finding.where;
  if (discipline && draft.lines.some((l) => l.code === discipline)) return lineAnchor(discipline);
  if (group && draft.electiveGroups.some((g) => g.key === group)) return groupAnchor(group);
  if (semester !== undefined) return semesterAnchor(semester);
  if (year !== undefined) return semesterAnchor((year - 1) * 2 + 1);
  return null;
}

type Editing = { line: DraftLine | null; semester: number } | null;

/**
 * The plan editor: semesters as sections with their lines (add, change, move, remove), the elective groups,
 * practices and attestation; Save sends the whole content and the server answers with its findings, listed
 * beside the plan. A read-only plan (approved, superseded, or not the reader's) shows the same without controls.
 */
export function PlanEditor({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const changed = usePlanChanged();
  const [shown, setShown] = useState(plan);
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [editing, setEditing] = useState<Editing>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  // a new answer from the server (saved, imported, reloaded) replaces what the editor holds
  if (plan !== shown) {
    setShown(plan);
    setDraft(draftOf(plan));
  }
  const save = useMutation({ mutationFn: () => savePlanContent(plan.id, contentOf(draft)), onSuccess: (saved) => changed(saved) });
  const isDirty = !sameContent(draft, draftOf(plan));
  const editable = plan.canManage;
  const bySemester = creditsBySemester(draft);
  const actions: LineActions | null = editable
    ? {
        onAdd: (semester) => setEditing({ line: null, semester }),
        onEdit: (line) => setEditing({ line, semester: line.semester }),
        onRemove: (line) => setDraft(removeLine(draft, line.disciplineId)),
        onMove: (line, by) => setDraft(moveLine(draft, line.disciplineId, by)),
      }
    : null;
  const select = (finding: FindingDto) => {
    const anchor = anchorOf(finding, draft);
    setHighlighted(anchor);
    if (anchor) setTimeout(() => document.getElementById(anchor)?.scrollIntoView({ behavior: 'smooth', block: 'center' }), 0);
  };

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 2, lg: 1 }}>
        <Stack gap="sm">
          {editable && (
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" c={isDirty ? 'orange' : 'dimmed'} data-testid="editor-state" aria-live="polite">
                {t(isDirty ? 'curricula:editor.unsaved' : 'curricula:editor.saved')}
              </Text>
              <Group gap="xs">
                <Button variant="default" disabled={!isDirty || save.isPending} onClick={() => setDraft(draftOf(plan))}>
                  {t('common:action.reset')}
                </Button>
                <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} disabled={!isDirty} loading={save.isPending} onClick={() => save.mutate()} data-testid="save-plan">
                  {t('common:action.save')}
                </Button>
              </Group>
            </Group>
          )}
          {save.error && <ErrorAlert error={save.error} />}
          {!editable && plan.status === 'draft' && <Alert variant="light" color="gray">{t('curricula:editor.readOnlyDraft')}</Alert>}
          {Array.from({ length: draft.semesters }, (_, i) => (
            <PlanSemesterSection key={i + 1} draft={draft} semester={i + 1} credits={bySemester[i] ?? 0} teachingWeeks={plan.teachingWeeks} findings={plan.findings} highlighted={highlighted} actions={actions} />
          ))}
          <PlanStructureEditor draft={draft} onChange={editable ? setDraft : null} highlighted={highlighted} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }}>
        <Stack gap="sm" pos={{ base: 'static', lg: 'sticky' }} top={72}>
          <PlanFindings findings={plan.findings} isStale={isDirty} onSelect={select} />
          <PlanTotals bySemester={bySemester} minorBySemester={minorBySemester(draft)} />
        </Stack>
      </Grid.Col>
      {editing && (
        <PlanLineModal
          line={editing.line}
          semester={editing.semester}
          semesters={draft.semesters}
          teachingWeeks={plan.teachingWeeks}
          groups={draft.electiveGroups.map((g) => g.key)}
          taken={draft.lines.map((l) => l.disciplineId)}
          onSave={(line) => {
            setDraft(putLine(draft, line));
            setEditing(null);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Grid>
  );
}
