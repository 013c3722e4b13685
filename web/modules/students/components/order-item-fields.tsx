import { ActionIcon, Card, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EXPEL_REASONS, FUNDINGS, LEAVE_KINDS, STUDY_FORMS } from '../../../../shared/modules/students/students.vocabulary.ts';
import { DayInput } from './day-input.tsx';
import { fieldsOfKind, type OrderFormValues } from './order-form-values.ts';
import { StudentPicker, type StudentOption } from './student-picker.tsx';
import { vocabularyOptions } from './vocabulary.tsx';

interface OrderItemFieldsProps {
  /** the part of the order form a line uses */
  form: {
    values: OrderFormValues;
    errors: Record<string, unknown>;
    getInputProps: (path: `items.${number}.${string}`) => object;
  };
  onStudentChange: (id: string | null) => void;
  index: number;
  groupOptions: { value: string; label: string }[];
  initialStudent?: StudentOption | null;
  onRemove?: (() => void) | undefined;
}

/** One line of an order: the student and what the order's kind changes for them. */
export function OrderItemFields({ form, index, groupOptions, initialStudent = null, onRemove, onStudentChange }: OrderItemFieldsProps) {
  const { t } = useTranslation();
  const kind = form.values.kind;
  const fields = fieldsOfKind(kind);
  const path = (field: string) => `items.${index}.${field}` as const;
  const select = (field: string) => ({ ...form.getInputProps(path(field)), 'data-testid': `item-${index}-${field}` });
  const optional = kind === 'transfer' || kind === 'returnFromLeave';

  return (
    <Card withBorder padding="sm" component="fieldset" data-testid={`order-item-${index}`} style={{ margin: 0, minWidth: 0 }}>
      <Group justify="space-between" mb="xs">
        <Text component="legend" fw={600} size="sm" style={{ float: 'left', padding: 0 }}>
          {t('students:orderForm.item', { number: index + 1 })}
        </Text>
        {onRemove && (
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t('students:orderForm.removeItem', { number: index + 1 })}
            data-testid={`remove-item-${index}`}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <StudentPicker
          label={t('students:orderForm.student')}
          value={form.values.items[index]?.studentId ?? null}
          onChange={onStudentChange}
          initialOption={initialStudent}
          error={(form.errors[path('studentId')] as string | undefined) ?? undefined}
          testId={`item-${index}-student`}
        />
        {fields.group && (
          <Select
            label={t(optional ? 'students:orderForm.newGroupOptional' : 'students:orderForm.newGroup')}
            required={fields.groupRequired}
            searchable
            clearable={!fields.groupRequired}
            data={groupOptions}
            nothingFoundMessage={t('common:search.nothingFound')}
            {...select('groupId')}
          />
        )}
        {fields.studyForm && (
          <Select
            label={t('students:orderForm.newStudyForm')}
            clearable
            data={vocabularyOptions(t, 'studyForm', STUDY_FORMS)}
            {...select('studyForm')}
          />
        )}
        {fields.funding && (
          <Select
            label={t(kind === 'transfer' ? 'students:orderForm.newFunding' : 'students:field.funding')}
            required={fields.groupRequired}
            clearable={!fields.groupRequired}
            data={vocabularyOptions(t, 'funding', FUNDINGS)}
            {...select('funding')}
          />
        )}
        {fields.leave && (
          <>
            <Select label={t('students:orderForm.leaveKind')} required data={vocabularyOptions(t, 'leaveKind', LEAVE_KINDS)} {...select('leaveKind')} />
            <DayInput label={t('students:orderForm.until')} clearable {...select('until')} />
          </>
        )}
        {fields.expel && (
          <Select
            label={t('students:orderForm.expelReason')}
            required
            data={vocabularyOptions(t, 'expelReason', EXPEL_REASONS)}
            {...select('expelReason')}
          />
        )}
      </SimpleGrid>
    </Card>
  );
}
