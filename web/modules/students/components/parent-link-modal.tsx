import { Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARENT_RELATIONS, type ParentRelation } from '../../../../shared/modules/students/students.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { fullName } from '../../../lib/format.ts';
import { usePeople } from '../../identity/index.ts';
import { linkParent } from './student-card-api.ts';

interface Values {
  mode: 'new' | 'existing';
  relation: ParentRelation;
  userId: string | null;
  lastName: string;
  firstName: string;
  patronymic: string;
  phone: string;
}

const PHONE = /^\+?[0-9 ()-]{5,20}$/;

function PersonSearch({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const people = usePeople({ q: q || undefined, page: 1, pageSize: 20 }, q.length >= 2);
  const data = (people.data?.items ?? []).map((person) => ({ value: person.id, label: `${fullName(person)} (${person.username})` }));
  return (
    <Select
      label={t('students-card:parents.account')}
      placeholder={t('students-card:parents.accountPlaceholder')}
      required
      searchable
      data={data}
      value={value}
      onChange={onChange}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 && !people.isFetching ? t('common:search.nothingFound') : undefined}
      error={error}
      data-testid="parent-account"
    />
  );
}

/** Links a parent: an existing account, or a new one from name and phone (no password until one is issued). */
export function ParentLinkModal({ studentId, onClose }: { studentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const required = (value: string, values: Values) => (values.mode === 'new' && value.trim() === '' ? t('common:form.required') : null);
  const form = useForm<Values>({
    initialValues: { mode: 'new', relation: 'mother', userId: null, lastName: '', firstName: '', patronymic: '', phone: '' },
    validate: {
      userId: (value, values) => (values.mode === 'existing' && !value ? t('common:form.required') : null),
      lastName: required,
      firstName: required,
      phone: (value, values) => (values.mode === 'new' && !PHONE.test(value.trim()) ? t('students-card:parents.phoneRule') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      linkParent(studentId, v.mode === 'existing' ? { relation: v.relation, userId: v.userId ?? '' } : { relation: v.relation, lastName: v.lastName.trim(), firstName: v.firstName.trim(), patronymic: v.patronymic.trim() || null, phone: v.phone.trim() }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['student-parents', studentId] });
      onClose();
    },
  });
  const isNew = form.values.mode === 'new';
  return (
    <Modal opened onClose={onClose} title={t('students-card:parents.linkTitle')} size="lg">
      <form noValidate data-testid="parent-link-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <SegmentedControl
            aria-label={t('students-card:parents.mode')}
            data={[
              { value: 'new', label: t('students-card:parents.modeNew') },
              { value: 'existing', label: t('students-card:parents.modeExisting') },
            ]}
            {...form.getInputProps('mode')}
          />
          <Select label={t('students-card:parents.relation')} required allowDeselect={false} data={PARENT_RELATIONS.map((value) => ({ value, label: t(`students-card:relation.${value}`) }))} data-testid="parent-relation" {...form.getInputProps('relation')} />
          {isNew ? (
            <>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('students-card:parents.lastName')} required data-testid="parent-last-name" {...form.getInputProps('lastName')} />
                <TextInput label={t('students-card:parents.firstName')} required data-testid="parent-first-name" {...form.getInputProps('firstName')} />
                <TextInput label={t('students-card:parents.patronymic')} {...form.getInputProps('patronymic')} />
              </SimpleGrid>
              <TextInput label={t('students-card:parents.phone')} required type="tel" autoComplete="tel" data-testid="parent-phone" {...form.getInputProps('phone')} />
              <Text size="xs" c="dimmed">
                {t('students-card:parents.newHint')}
              </Text>
            </>
          ) : (
            <PersonSearch value={form.values.userId} onChange={(id) => form.setFieldValue('userId', id)} error={form.errors.userId as string | undefined} />
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="parent-link-submit">
              {t('students-card:parents.linkSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
