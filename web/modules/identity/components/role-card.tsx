import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../../shared/access/permissions.ts';
import type { GrantDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { SECTION_PATH, sectionsOfRole } from '../../../lib/abilities.ts';
import { grantScopeLabel } from './grant-label.ts';

interface RoleCardProps {
  role: Role;
  /** the user's grants of this role (one per scope) */
  grants: GrantDto[];
}

/** What one of the user's roles lets them do now, with a link to each section it opens. */
export function RoleCard({ role, grants }: RoleCardProps) {
  const { t } = useTranslation();
  const sections = sectionsOfRole(role);
  return (
    <Card withBorder radius="md" padding="md" data-testid={`role-card-${role}`} component="section" aria-labelledby={`role-${role}`}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={`role-${role}`}>
          {t(`common:roles.${role}`)}
        </Title>
        <Text size="sm" c="dimmed">
          {grants.map((grant) => grantScopeLabel(grant, t)).join('; ')}
        </Text>
        <List size="sm" spacing={6}>
          {sections.map((section) => {
            const key = section === 'people' && role === 'parent' ? 'myChildren' : section;
            return (
              <List.Item key={section}>
                <Anchor component={Link} to={SECTION_PATH[section]}>
                  {t(`common:nav.${key}`)}
                </Anchor>
                {' — '}
                {t(`common:cabinet.does.${key}`)}
              </List.Item>
            );
          })}
          <List.Item>
            <Anchor component={Link} to="/profile">
              {t('common:userMenu.profile')}
            </Anchor>
            {' — '}
            {t('common:cabinet.does.profile')}
          </List.Item>
        </List>
      </Stack>
    </Card>
  );
}
