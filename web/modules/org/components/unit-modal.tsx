import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createUnitBody, FACULTY_SUBTYPES, type FacultySubtype, type UnitDto } from '../../../../shared/modules/org/org.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { createUnit, updateUnit } from '../api/units-api.ts';
import { useUnitOptions, useUnitsChanged } from '../hooks/use-units.ts';

type EditableKind = 'faculty' | 'department';

interface UnitValues {
  kind: EditableKind;
  subtype: FacultySubtype;
  parentId: string | null;
  code: string;
  nameRu: string;
  nameKy: string;
  nameEn: string;
}

interface UnitModalProps {
  /** the unit to edit; absent: a new one */
  unit?: UnitDto;
  /** for a new unit: its kind and parent chosen beforehand (a department of this faculty) */
  initial?: { kind: EditableKind; parentId: string | null };
  universityId: string | null;
  onClose: () => void;
}

const FACULTIES = ['faculty'] as const;

function initialValues(unit: UnitDto | undefined, initial: UnitModalProps['initial']): UnitValues {
  if (unit) {
    const kind: EditableKind = unit.kind === 'faculty' ? 'faculty' : 'department';
    return { kind, subtype: unit.subtype ?? 'faculty', parentId: unit.parentId, code: unit.code, nameRu: unit.name.ru, nameKy: unit.name.ky, nameEn: unit.name.en };
  }
  return { kind: initial?.kind ?? 'faculty', subtype: 'faculty', parentId: initial?.parentId ?? null, code: '', nameRu: '', nameKy: '', nameEn: '' };
}

/** Creates or edits a faculty (institute, college) or a department: code, names in three languages, where it stands. */
export function UnitModal({ unit, initial, universityId, onClose }: UnitModalProps) {
  const { t } = useTranslation();
  const changed = useUnitsChanged();
  const faculties = useUnitOptions(true, FACULTIES);
  const shape = createUnitBody.shape;
  const required = (value: string) => (value.trim() === '' ? t('common:form.required') : null);
  const form = useForm<UnitValues>({
    initialValues: initialValues(unit, initial),
    validate: {
      code: (value) => (shape.code.safeParse(value).success ? null : t('org:form.codeRule')),
      nameRu: required,
      nameKy: required,
      nameEn: required,
      parentId: (value, values) => (values.kind === 'faculty' || value ? null : t('common:form.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: UnitValues) => {
      const fields = { code: values.code.trim(), nameRu: values.nameRu.trim(), nameKy: values.nameKy.trim(), nameEn: values.nameEn.trim() };
      const parentId = values.kind === 'faculty' ? (universityId ?? '') : (values.parentId ?? '');
      const subtype = values.kind === 'faculty' ? values.subtype : null;
      return unit ? updateUnit(unit.id, { ...fields, parentId, subtype }) : createUnit({ kind: values.kind, ...fields, parentId, subtype });
    },
    onSuccess: (saved) => {
      changed();
      notifications.show({ color: 'green', message: t(unit ? 'org:unit.saved' : 'org:unit.created', { code: saved.code }) });
      onClose();
    },
  });
  const kind = form.values.kind;
  return (
    <Modal opened onClose={onClose} title={t(unit ? 'org:unit.editTitle' : 'org:unit.createTitle')} size="lg">
      <form noValidate data-testid="unit-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          {!unit && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="unit-kind-label">
                {t('org:unit.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="unit-kind-label"
                data={[
                  { value: 'faculty', label: t('org:kind.faculty') },
                  { value: 'department', label: t('org:kind.department') },
                ]}
                {...form.getInputProps('kind')}
              />
            </Stack>
          )}
          {kind === 'faculty' ? (
            <Select
              label={t('org:unit.subtype')}
              allowDeselect={false}
              data={FACULTY_SUBTYPES.map((value) => ({ value, label: t(`org:subtype.${value}`) }))}
              {...form.getInputProps('subtype')}
            />
          ) : (
            <Select
              label={t('org:unit.parent')}
              required
              searchable
              data={faculties.options}
              nothingFoundMessage={t('common:search.nothingFound')}
              data-testid="unit-parent"
              {...form.getInputProps('parentId')}
            />
          )}
          <TextInput label={t('org:unit.code')} required autoComplete="off" data-autofocus maw={240} {...form.getInputProps('code')} />
          <TextInput label={t('org:unit.nameRu')} required {...form.getInputProps('nameRu')} />
          <TextInput label={t('org:unit.nameKy')} required {...form.getInputProps('nameKy')} />
          <TextInput label={t('org:unit.nameEn')} required {...form.getInputProps('nameEn')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="unit-submit">
              {t(unit ? 'common:action.save' : 'org:unit.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
