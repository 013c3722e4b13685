import { ActionIcon, Badge, Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconUnlink, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentParentDto } from '../../../../shared/modules/students/students.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { ParentLinkModal } from './parent-link-modal.tsx';
import { listParents, unlinkParent } from './student-card-api.ts';

function ParentRow({ parent, canManage, onUnlink }: { parent: StudentParentDto; canManage: boolean; onUnlink: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="student-parent">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {parent.fullName}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`students-card:relation.${parent.relation}`)} · {parent.phone ?? t('students-card:parents.noPhone')} · {parent.username}
        </Text>
        {!parent.hasPassword && (
          <Badge variant="light" color="yellow" size="xs" mt={2}>
            {t('students-card:parents.noPassword')}
          </Badge>
        )}
      </Stack>
      {canManage && (
        <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('students-card:parents.unlinkNamed', { name: parent.fullName })} onClick={onUnlink} data-testid="unlink-parent">
          <IconUnlink size={18} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  );
}

/** The student's parents (mother, father, guardian) with phones; linked and unlinked by those who manage the student. */
export function StudentParents({ studentId, canManage }: { studentId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['student-parents', studentId], queryFn: () => listParents(studentId) });
  const [linking, setLinking] = useState(false);
  const [unlinking, setUnlinking] = useState<StudentParentDto | null>(null);
  const unlink = useMutation({
    mutationFn: (parent: StudentParentDto) => unlinkParent(studentId, parent.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['student-parents', studentId] });
      setUnlinking(null);
    },
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="student-parents">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5" id="student-parents">
          {t('students-card:parents.title')}
        </Title>
        {canManage && (
          <Button size="xs" variant="default" leftSection={<IconUserPlus size={14} aria-hidden />} onClick={() => setLinking(true)} data-testid="link-parent">
            {t('students-card:parents.link')}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : query.data.length === 0 ? (
        <EmptyState icon={<IconUsers size={24} aria-hidden />} title={t('students-card:parents.empty')} description={canManage ? t('students-card:parents.emptyHint') : undefined} />
      ) : (
        <Stack gap="sm">
          {query.data.map((parent) => (
            <ParentRow key={parent.id} parent={parent} canManage={canManage} onUnlink={() => setUnlinking(parent)} />
          ))}
        </Stack>
      )}
      {linking && <ParentLinkModal studentId={studentId} onClose={() => setLinking(false)} />}
      <ConfirmModal
        opened={unlinking !== null}
        title={t('students-card:parents.unlinkTitle', { name: unlinking?.fullName ?? '' })}
        confirmLabel={t('students-card:parents.unlink')}
        danger
        loading={unlink.isPending}
        error={unlink.error}
        onConfirm={() => unlinking && unlink.mutate(unlinking)}
        onClose={() => setUnlinking(null)}
      >
        {t('students-card:parents.unlinkConsequences')}
      </ConfirmModal>
    </Card>
  );
}
