import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLE_DEFINITIONS, type Role } from '../../../../shared/access/permissions.ts';
import type { UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { RoleSelect } from '../../../components/ui/role-select.tsx';
import { useUnitOptions } from '../../org/index.ts';
import { addGrant } from '../api/users-api.ts';
import { useUserChanged } from '../hooks/use-users.ts';
import { StudentSelect } from './student-select.tsx';

interface GrantValues {
  role: Role | null;
  scopeUnitId: string | null;
  scopeStudentId: string | null;
}

const scopesOf = (role: Role | null) => (role ? ROLE_DEFINITIONS[role].scopes : []);

/** Gives a user a role, scoped as the role requires: a unit, a linked student, or the whole university. */
export function AddGrantModal({ user, opened, onClose }: { user: UserDto; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = useUserChanged();
  const units = useUnitOptions(opened);
  const form = useForm<GrantValues>({
    initialValues: { role: null, scopeUnitId: null, scopeStudentId: null },
    validate: {
      role: (value) => (value ? null : t('common:form.required')),
      scopeUnitId: (value, values) => {
        const scopes = scopesOf(values.role);
        return scopes.includes('unit') && !scopes.includes('university') && !value ? t('common:form.required') : null;
      },
      scopeStudentId: (value, values) => (scopesOf(values.role).includes('student') && !value ? t('common:form.required') : null),
    },
  });
  const scopes = scopesOf(form.values.role);
  const mutation = useMutation({
    mutationFn: (values: GrantValues) =>
      addGrant(user.id, {
        role: values.role as Role,
        scopeUnitId: scopesOf(values.role).includes('unit') ? values.scopeUnitId : null,
        scopeStudentId: scopesOf(values.role).includes('student') ? values.scopeStudentId : null,
      }),
    onSuccess: (updated) => {
      changed(user.id, updated);
      notifications.show({ color: 'green', message: t('identity:grants.added') });
      close();
    },
  });
  function close() {
    form.reset();
    mutation.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={t('identity:grants.add')}>
      <form noValidate onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <RoleSelect
            label={t('common:person.role')}
            required
            value={form.values.role}
            error={form.errors.role}
            onChange={(role) => form.setValues({ role, scopeUnitId: null, scopeStudentId: null })}
          />
          {scopes.includes('unit') && (
            <Select
              label={t('identity:grants.scopeUnit')}
              description={t('identity:grants.scopeUnitHint')}
              required={!scopes.includes('university')}
              data={units.options}
              searchable
              clearable
              placeholder={units.isLoading ? t('common:loading') : undefined}
              nothingFoundMessage={t('common:search.nothingFound')}
              {...form.getInputProps('scopeUnitId')}
            />
          )}
          {scopes.includes('student') && (
            <StudentSelect
              label={t('identity:grants.scopeStudent')}
              required
              value={form.values.scopeStudentId}
              error={typeof form.errors.scopeStudentId === 'string' ? form.errors.scopeStudentId : undefined}
              onChange={(id) => form.setFieldValue('scopeStudentId', id)}
            />
          )}
          {form.values.role && scopes.length === 1 && scopes[0] === 'university' && (
            <Text size="sm" c="dimmed">
              {t('identity:grants.universityScope')}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('identity:grants.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
