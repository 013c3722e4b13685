import { Button, Checkbox, Group, List, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PositionBody } from '../../../../shared/modules/staff/staff.contracts.ts';
import { STANDARD_POSITIONS } from '../../../../shared/modules/staff/staff.positions.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { createPosition } from '../api/staff-api.ts';
import { usePositions } from '../hooks/use-staff.ts';

/** The positions catalog: what there is, one more by hand, or the standard ones a new university starts from. */
export function PositionsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const positions = usePositions(opened);
  const form = useForm<PositionBody>({
    initialValues: { code: '', nameRu: '', nameKy: '', nameEn: '', isTeaching: true },
    validate: { code: (v) => (/^[a-zA-Z][a-zA-Z0-9]+$/.test(v) ? null : t('staff:positions.codeHint')), nameRu: (v) => (v.trim() ? null : t('common:form.required')), nameKy: (v) => (v.trim() ? null : t('common:form.required')), nameEn: (v) => (v.trim() ? null : t('common:form.required')) },
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['staff-positions'] });
  const add = useMutation({ mutationFn: createPosition, onSuccess: () => (form.reset(), refresh()) });
  const missing = STANDARD_POSITIONS.filter((p) => !(positions.data ?? []).some((have) => have.code === p.code));
  const standard = useMutation({ mutationFn: async () => { for (const p of missing) await createPosition({ ...p }); }, onSettled: refresh });
  return (
    <Modal opened={opened} onClose={onClose} title={t('staff:positions.title')} size="lg">
      <Stack gap="sm">
        {(positions.data ?? []).length === 0 ? (
          <Text c="dimmed" size="sm">{t('staff:positions.empty')}</Text>
        ) : (
          <List size="sm" data-testid="positions-list">
            {(positions.data ?? []).map((p) => <List.Item key={p.id}>{p.name}</List.Item>)}
          </List>
        )}
        {missing.length > 0 && (
          <Button variant="light" onClick={() => standard.mutate()} loading={standard.isPending} data-testid="add-standard-positions">
            {t('staff:positions.addStandard', { count: missing.length })}
          </Button>
        )}
        <form onSubmit={form.onSubmit((values) => add.mutate({ ...values, nameRu: values.nameRu.trim(), nameKy: values.nameKy.trim(), nameEn: values.nameEn.trim() }))} noValidate aria-label={t('staff:positions.add')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('staff:positions.code')} description={t('staff:positions.codeHint')} required {...form.getInputProps('code')} />
            <TextInput label={t('staff:positions.nameRu')} required {...form.getInputProps('nameRu')} />
            <TextInput label={t('staff:positions.nameKy')} required {...form.getInputProps('nameKy')} />
            <TextInput label={t('staff:positions.nameEn')} required {...form.getInputProps('nameEn')} />
            <Checkbox label={t('staff:positions.isTeaching')} {...form.getInputProps('isTeaching', { type: 'checkbox' })} />
          </SimpleGrid>
          {(add.error ?? standard.error) && <ErrorAlert error={add.error ?? standard.error} />}
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={add.isPending}>
              {t('staff:positions.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Modal>
  );
}
