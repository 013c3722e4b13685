import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, LANGUAGES, type Lang } from '../../../../shared/i18n/languages.ts';
import type { GroupDto } from '../../../../shared/modules/students/students.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { updateGroup, type GroupMemberDto, type GroupUpdateBody } from '../api/structure-api.ts';
import { useStructureChanged } from '../hooks/use-structure.ts';
import { StaffSelect } from './staff-select.tsx';

interface GroupStaffFormProps {
  group: GroupDto;
  /** the group's students today: the starosta is one of those studying */
  members: GroupMemberDto[];
}

/** The group's language of instruction, curator and starosta; sends only what changed. */
export function GroupStaffForm({ group, members }: GroupStaffFormProps) {
  const { t } = useTranslation();
  const changed = useStructureChanged();
  const [language, setLanguage] = useState<Lang>(group.language);
  const [curatorId, setCuratorId] = useState<string | null>(group.curatorId);
  const [starostaId, setStarostaId] = useState<string | null>(group.starostaId);
  const body: GroupUpdateBody = {
    ...(language !== group.language ? { language } : {}),
    ...(curatorId !== group.curatorId ? { curatorId } : {}),
    ...(starostaId !== group.starostaId ? { starostaId } : {}),
  };
  const dirty = Object.keys(body).length > 0;
  const mutation = useMutation({
    mutationFn: () => updateGroup(group.id, body),
    onSuccess: () => {
      changed();
      notifications.show({ color: 'green', message: t('common:action.saved') });
    },
  });
  const starostaOptions = members
    .filter((member) => member.status === 'active' || member.id === group.starostaId)
    .map((member) => ({ value: member.id, label: `${member.fullName} (${member.username})` }));

  return (
    <form
      noValidate
      aria-label={t('students:group.staffTitle')}
      data-testid="group-staff-form"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
    >
      <Stack gap="sm">
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('students:group.language')}
            allowDeselect={false}
            data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
            value={language}
            onChange={(value) => {
              if (isLang(value)) setLanguage(value);
            }}
          />
          <StaffSelect
            label={t('students:group.curator')}
            value={curatorId}
            currentName={group.curatorName}
            onChange={setCuratorId}
            testId="group-curator"
          />
          <Select
            label={t('students:group.starosta')}
            placeholder={t('students:group.noStarosta')}
            searchable
            clearable
            data={starostaOptions}
            value={starostaId}
            onChange={setStarostaId}
            nothingFoundMessage={t('common:search.nothingFound')}
            data-testid="group-starosta"
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            disabled={!dirty}
            onClick={() => {
              setLanguage(group.language);
              setCuratorId(group.curatorId);
              setStarostaId(group.starostaId);
              mutation.reset();
            }}
          >
            {t('common:action.reset')}
          </Button>
          <Button type="submit" disabled={!dirty} loading={mutation.isPending} data-testid="group-staff-save">
            {t('common:action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
