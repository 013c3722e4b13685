import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { updateUser } from '../api/users-api.ts';
import { useUserChanged } from '../hooks/use-users.ts';
import { toUserBody, UserFormFields, userFieldRules, type UserFormValues } from './user-form-fields.tsx';

function valuesOf(user: UserDto): UserFormValues {
  return {
    lastName: user.lastName,
    firstName: user.firstName,
    patronymic: user.patronymic ?? '',
    email: user.email ?? '',
    phone: user.phone ?? '',
    lang: user.lang,
    homeUnitId: user.homeUnitId,
  };
}

/** A user's name, contacts, language and home unit; read-only without the right to change them. */
export function UserEditForm({ user, canEdit }: { user: UserDto; canEdit: boolean }) {
  const { t } = useTranslation();
  const changed = useUserChanged();
  const form = useForm<UserFormValues>({ initialValues: valuesOf(user), validate: userFieldRules(t) });
  const mutation = useMutation({
    mutationFn: (values: UserFormValues) => updateUser(user.id, toUserBody(values)),
    onSuccess: (updated) => {
      changed(user.id, updated);
      form.setInitialValues(valuesOf(updated));
      form.resetDirty(valuesOf(updated));
      notifications.show({ color: 'green', message: t('common:action.saved') });
    },
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))} aria-label={t('identity:user.dataTitle')}>
      <Stack gap="sm">
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <UserFormFields form={form} readOnly={!canEdit} />
        {canEdit && (
          <Group justify="flex-end" gap="xs">
            <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
              {t('common:action.reset')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!form.isDirty()}>
              {t('common:action.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
