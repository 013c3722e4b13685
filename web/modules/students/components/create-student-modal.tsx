import { Button, Fieldset, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createStudentBody } from '../../../../shared/modules/students/students.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { createStudent } from '../api/students-api.ts';
import { useStudentsChanged } from '../hooks/use-students.ts';
import { cardRules, EMPTY_CARD, fieldOfRefusal, toCardBody, type StudentCardValues } from './student-form.ts';
import { StudentFormFields } from './student-form-fields.tsx';

interface CreateStudentValues extends StudentCardValues {
  username: string;
  password: string;
}

/** A new student card with its account; the student is not enrolled until an order says so. */
export function CreateStudentModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useStudentsChanged();
  const form = useForm<CreateStudentValues>({
    initialValues: { ...EMPTY_CARD, username: '', password: '' },
    validate: {
      ...cardRules(t),
      username: (value) => (createStudentBody.shape.username.safeParse(value.trim()).success ? null : t('students:form.usernameRule')),
      password: (value) => (value === '' ? t('common:form.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: createStudent,
    onSuccess: (student) => {
      changed(student);
      notifications.show({ color: 'green', message: t('students:students.created', { username: student.username }) });
      form.reset();
      onClose();
      void navigate(`/students/${student.id}`);
    },
    onError: (error) => {
      const field = fieldOfRefusal(error);
      if (field) form.setFieldError(field, error.message);
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('students:students.create')} size="xl">
      <form
        noValidate
        data-testid="create-student-form"
        onSubmit={form.onSubmit((values) =>
          mutation.mutate({ ...toCardBody(values), username: values.username.trim(), password: values.password }),
        )}
      >
        <Stack gap="sm">
          {mutation.error && fieldOfRefusal(mutation.error) === null && <ErrorAlert error={mutation.error} />}
          <Fieldset legend={t('students:card.account')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('common:person.username')}
                description={t('students:form.usernameHint')}
                required
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                data-autofocus
                data-testid="field-username"
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={t('students:field.initialPassword')}
                description={t('students:form.initialPasswordHint')}
                required
                autoComplete="new-password"
                data-testid="field-password"
                {...form.getInputProps('password')}
              />
            </SimpleGrid>
          </Fieldset>
          <StudentFormFields form={form} withDocuments />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="create-student-submit">
              {t('students:students.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
