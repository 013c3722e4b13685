import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRole, ROLES, type Role } from '../../../shared/access/permissions.ts';

interface RoleSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: Role | null;
  onChange: (role: Role | null) => void;
  roles?: readonly Role[];
}

/** A role picker showing the roles' names in the current language. */
export function RoleSelect({ value, onChange, roles = ROLES, ...rest }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      data={roles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
      value={value}
      onChange={(next) => onChange(next !== null && isRole(next) ? next : null)}
      searchable
    />
  );
}
