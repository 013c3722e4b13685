import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { resetUserPassword } from '../api/users-api.ts';
import { useUserChanged } from '../hooks/use-users.ts';
import { describePasswordProblems } from './password-problems.ts';

/** Sets a new password for a user who lost theirs. */
export function ResetPasswordModal({ user, opened, onClose }: { user: UserDto; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = useUserChanged();
  const form = useForm({
    initialValues: { newPassword: '', repeat: '' },
    validate: {
      newPassword: (value) => (value === '' ? t('common:form.required') : null),
      repeat: (value, values) => (value !== values.newPassword ? t('common:password.mismatch') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (newPassword: string) => resetUserPassword(user.id, newPassword),
    onSuccess: () => {
      changed(user.id);
      notifications.show({ color: 'green', message: t('identity:resetPassword.done', { username: user.username }) });
      close();
    },
    onError: (error) => {
      const problems = describePasswordProblems(error, t);
      if (problems) form.setFieldError('newPassword', problems);
    },
  });
  function close() {
    form.reset();
    mutation.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={t('identity:resetPassword.title', { username: user.username })}>
      <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values.newPassword))}>
        <Stack gap="sm">
          <Text size="sm">{t('identity:resetPassword.consequences')}</Text>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <PasswordInput
            label={t('common:password.new')}
            description={t('common:password.hint')}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput label={t('common:password.repeat')} autoComplete="new-password" required {...form.getInputProps('repeat')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('identity:resetPassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
