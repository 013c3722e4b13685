import { Button, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createUserBody } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { createUser } from '../api/users-api.ts';
import { useUserChanged } from '../hooks/use-users.ts';
import { describePasswordProblems } from './password-problems.ts';
import { EMPTY_USER_VALUES, toUserBody, UserFormFields, userFieldRules, type UserFormValues } from './user-form-fields.tsx';

interface CreateUserValues extends UserFormValues {
  username: string;
  password: string;
}

/** A new account: personal ID, name, contacts, language, home unit and a first password. */
export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useUserChanged();
  const form = useForm<CreateUserValues>({
    initialValues: { ...EMPTY_USER_VALUES, username: '', password: '' },
    validate: {
      ...userFieldRules(t),
      username: (value) => (createUserBody.shape.username.safeParse(value).success ? null : t('identity:user.usernameRule')),
      password: (value) => (value === '' ? t('common:form.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      changed(user.id, user);
      notifications.show({ color: 'green', message: t('identity:users.created', { username: user.username }) });
      form.reset();
      onClose();
      void navigate(`/admin/users/${user.id}`);
    },
    onError: (error) => {
      const problems = describePasswordProblems(error, t);
      if (problems) form.setFieldError('password', problems);
    },
  });

  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('identity:users.create')} size="xl">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          mutation.mutate({ ...toUserBody(values), username: values.username.trim(), password: values.password }),
        )}
      >
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('common:person.username')}
              description={t('identity:user.usernameHint')}
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              data-autofocus
              {...form.getInputProps('username')}
            />
            <PasswordInput
              label={t('identity:user.initialPassword')}
              description={t('identity:user.initialPasswordHint')}
              required
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
          </SimpleGrid>
          <UserFormFields form={form} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('identity:users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
