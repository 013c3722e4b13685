import { Anchor, Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconEdit, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GroupDto } from '../../../../shared/modules/students/students.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { NotFoundState } from '../../../components/ui/not-found-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { canSeeStudents, hasAbility } from '../../../lib/abilities.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { DayInput } from '../components/day-input.tsx';
import { EditGroupModal } from '../components/edit-group-modal.tsx';
import { FieldList } from '../components/field-list.tsx';
import { GroupMembersTable } from '../components/group-members-table.tsx';
import { GroupStaffForm } from '../components/group-staff-form.tsx';
import { ReportPdfButton } from '../components/report-pdf-button.tsx';
import { groupListPdfUrl } from '../components/report-query.ts';
import { useGroupList, useGroups } from '../hooks/use-structure.ts';

function GroupView({ group }: { group: GroupDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  const today = format.today();
  const [state, setState] = useUrlState(['date'] as const);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : today;
  // group lists are for staff who read students in their scope (a teacher's own-only reading does not reach them)
  const canReadStudents = canSeeStudents(me);
  const todayList = useGroupList(group.id, today, canReadStudents);
  const list = useGroupList(group.id, date, canReadStudents);
  const starosta = todayList.data?.items.find((member) => member.id === group.starostaId);
  const [editing, setEditing] = useState(false);

  return (
    <Stack gap="md">
      <PageHeader
        testId="group-heading"
        title={t('students:group.title', { code: group.code })}
        description={`${group.programCode} — ${group.programName}`}
        actions={
          hasAbility(me, 'students.structure.manage') && (
            <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setEditing(true)} data-testid="edit-group">
              {t('students-card:group.edit')}
            </Button>
          )
        }
      />
      {editing && <EditGroupModal group={group} onClose={() => setEditing(false)} />}
      <Card withBorder padding="md">
        <FieldList
          cols={3}
          items={[
            { label: t('students:field.course'), value: group.course === 0 ? t('students:course.notStarted') : group.course },
            { label: t('students:group.admissionYear'), value: group.admissionYear },
            { label: t('students:field.studyForm'), value: t(`students:studyForm.${group.studyForm}`) },
            { label: t('students:group.language'), value: LANGUAGE_NAMES[group.language] },
            { label: t('students:group.curator'), value: group.curatorName, testId: 'group-curator-name' },
            { label: t('students:group.starosta'), value: starosta?.fullName ?? (group.starostaId ? '…' : null) },
          ]}
        />
      </Card>
      {hasAbility(me, 'students.structure.manage') && (
        <Card withBorder padding="md" component="section" aria-labelledby="group-staff">
          <Title order={2} size="h5" id="group-staff" mb="sm">
            {t('students:group.staffTitle')}
          </Title>
          <GroupStaffForm key={`${group.id}:${group.curatorId ?? ''}:${group.starostaId ?? ''}:${group.language}`} group={group} members={todayList.data?.items ?? []} />
        </Card>
      )}
      {canReadStudents && (
        <Card withBorder padding="md" component="section" aria-labelledby="group-list">
          <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
            <Title order={2} size="h5" id="group-list">
              {t('students:group.listTitle', { date: format.day(date), total: list.data?.items.length ?? 0 })}
            </Title>
            <DayInput
              label={t('students:group.asOf')}
              value={date}
              onChange={(value) => setState({ date: value === null || value === today ? '' : value })}
              w={180}
              data-testid="group-as-of"
            />
            <Group gap="xs">
              <Button component="a" href={`/api/groups/${encodeURIComponent(group.id)}/students/export.xlsx?date=${date}`} download variant="default" size="sm" leftSection={<IconDownload size={16} aria-hidden />} data-testid="group-list-xlsx">
                {t('students-import:export.xlsx')}
              </Button>
              <ReportPdfButton href={groupListPdfUrl(group.id, date)} testId="group-list-pdf" />
            </Group>
          </Group>
          {list.isPending ? (
            <LoadingState />
          ) : list.error ? (
            <QueryError error={list.error} />
          ) : list.data.items.length === 0 ? (
            <EmptyState icon={<IconUsersGroup size={28} aria-hidden />} title={t('students:group.emptyList')} description={t('students:group.emptyListHint')} />
          ) : (
            <>
              <GroupMembersTable members={list.data.items} starostaId={group.starostaId} />
              <Text size="xs" c="dimmed" mt="xs">
                {t('students:group.listHint')}
              </Text>
            </>
          )}
        </Card>
      )}
    </Stack>
  );
}

/** One group: its data, curator and starosta, and its list as of any day (from the signed orders). */
export function GroupPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useGroups();
  const group = query.data?.find((candidate) => candidate.id === id);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/groups" size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('students:groups.backToList')}
      </Anchor>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : group ? (
        <GroupView group={group} />
      ) : (
        <NotFoundState message={t('students:groups.notFound')} />
      )}
    </Stack>
  );
}
