import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { changePassword } from '../api/auth-api.ts';
import { ME_QUERY_KEY } from '../hooks/use-me.ts';
import { describePasswordProblems } from './password-problems.ts';

/** Current password, new one twice; the server's rule failures show under the new one. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      currentPassword: (value) => (value === '' ? t('common:form.required') : null),
      newPassword: (value) => (value === '' ? t('common:form.required') : null),
      repeat: (value, values) => (value !== values.newPassword ? t('common:password.mismatch') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'green', message: t('common:password.changed') });
      void client.invalidateQueries({ queryKey: ME_QUERY_KEY });
      void client.invalidateQueries({ queryKey: ['sessions'] });
    },
    onError: (error) => {
      const problems = describePasswordProblems(error, t);
      if (problems) form.setFieldError('newPassword', problems);
    },
  });

  return (
    <form
      noValidate
      aria-labelledby="change-password"
      onSubmit={form.onSubmit((values) => mutation.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }))}
    >
      <Stack gap="sm" maw={420}>
        <Text fw={600} id="change-password">
          {t('common:password.title')}
        </Text>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <PasswordInput
          label={t('common:password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('common:password.new')}
          description={t('common:password.hint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label={t('common:password.repeat')} autoComplete="new-password" required {...form.getInputProps('repeat')} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('common:password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
