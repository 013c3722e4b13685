import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StudentDto } from '../../../../shared/modules/students/students.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { updateStudent } from '../api/students-api.ts';
import { useStudentsChanged } from '../hooks/use-students.ts';
import { cardRules, cardValuesOf, fieldOfRefusal, toUpdateBody, type StudentCardValues } from './student-form.ts';
import { StudentFormFields } from './student-form-fields.tsx';

interface EditStudentModalProps {
  student: StudentDto;
  /** the editor may see (and so change) personal documents */
  withDocuments: boolean;
  opened: boolean;
  onClose: () => void;
}

/** Edits the card (never the standing: that changes only by an order); sends only what changed. */
export function EditStudentModal({ student, withDocuments, opened, onClose }: EditStudentModalProps) {
  const { t } = useTranslation();
  const changed = useStudentsChanged();
  const initial = cardValuesOf(student);
  const form = useForm<StudentCardValues>({ initialValues: initial, validate: cardRules(t) });
  const mutation = useMutation({
    mutationFn: (values: StudentCardValues) => updateStudent(student.id, toUpdateBody(values, initial)),
    onSuccess: (updated) => {
      changed(updated);
      notifications.show({ color: 'green', message: t('common:action.saved') });
      onClose();
    },
    onError: (error) => {
      const field = fieldOfRefusal(error);
      if (field) form.setFieldError(field, error.message);
    },
  });
  const close = () => {
    mutation.reset();
    form.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('students:card.editTitle')} size="xl">
      <form noValidate data-testid="edit-student-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && fieldOfRefusal(mutation.error) === null && <ErrorAlert error={mutation.error} />}
          <StudentFormFields form={form} withDocuments={withDocuments} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!form.isDirty()}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
