import { Autocomplete, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_EVENTS, PERMISSIONS } from '../../../../shared/access/permissions.ts';
import { useFormat } from '../../../lib/use-format.ts';

export const AUDIT_FILTER_KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTER_KEYS)[number], string>;

const ACTIONS = [...PERMISSIONS, ...AUDIT_EVENTS].sort();

interface AuditFiltersProps {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/**
 * Who, what, which record, and when; applied together. Dates are calendar days (yyyy-mm-dd).
 * The draft starts from `values`: give the component a key that changes with them.
 */
export function AuditFilters({ values, onApply }: AuditFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<AuditFilterValues>(values);
  const set = (key: keyof AuditFilterValues) => (value: string | null) => setDraft((previous) => ({ ...previous, [key]: value ?? '' }));
  const empty: AuditFilterValues = { actor: '', action: '', entityType: '', entityId: '', from: '', to: '' };

  return (
    <form
      noValidate
      aria-label={t('admin:audit.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({
          ...draft,
          actor: draft.actor.trim(),
          action: draft.action.trim(),
          entityType: draft.entityType.trim(),
          entityId: draft.entityId.trim(),
        });
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <TextInput
          label={t('admin:audit.actor')}
          placeholder={t('admin:audit.actorPlaceholder')}
          value={draft.actor}
          onChange={(event) => set('actor')(event.currentTarget.value)}
        />
        <Autocomplete label={t('admin:audit.action')} data={ACTIONS} value={draft.action} onChange={set('action')} limit={30} />
        <TextInput
          label={t('admin:audit.entityType')}
          value={draft.entityType}
          onChange={(event) => set('entityType')(event.currentTarget.value)}
        />
        <TextInput
          label={t('admin:audit.entityId')}
          value={draft.entityId}
          onChange={(event) => set('entityId')(event.currentTarget.value)}
        />
        <DatePickerInput
          label={t('admin:audit.from')}
          valueFormat={format.dateInput}
          clearable
          value={draft.from || null}
          maxDate={draft.to || undefined}
          onChange={set('from')}
        />
        <DatePickerInput
          label={t('admin:audit.to')}
          valueFormat={format.dateInput}
          clearable
          value={draft.to || null}
          minDate={draft.from || undefined}
          onChange={set('to')}
        />
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{t('common:filter.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft(empty);
            onApply(empty);
          }}
        >
          {t('common:filter.clear')}
        </Button>
      </Group>
    </form>
  );
}
