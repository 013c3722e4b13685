import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { canSeeStudents, hasAbility, holdsRole, rolesOf } from '../../../lib/abilities.ts';
import { fullName } from '../../../lib/format.ts';
import { MyStudentCards } from '../../students/index.ts';
import { MyStaffCard } from '../../staff/index.ts';
import { grantScopeLabel } from '../components/grant-label.ts';
import { PersonCardById } from '../components/person-card.tsx';
import { RoleCard } from '../components/role-card.tsx';
import { useSignedInMe } from '../hooks/use-me.ts';

/** The home page: who I am, which roles I hold where, and what each role lets me do. */
export function CabinetPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const roles = rolesOf(me);
  const childIds = [
    ...new Set(me.grants.filter((grant) => grant.role === 'parent' && grant.scopeStudentId).map((grant) => grant.scopeStudentId as string)),
  ];
  const grantsOf = (role: string): GrantDto[] => me.grants.filter((grant) => grant.role === role);

  return (
    <Stack gap="lg">
      <PageHeader testId="cabinet-heading" title={t('common:cabinet.greeting', { name: fullName(me.user) })} />

      <section aria-labelledby="my-roles">
        <Title order={2} size="h4" id="my-roles" mb="xs">
          {t('common:cabinet.myRoles')}
        </Title>
        {me.grants.length === 0 ? (
          <Text c="dimmed">{t('common:cabinet.noRoles')}</Text>
        ) : (
          <Group gap="xs">
            {me.grants.map((grant) => (
              <Badge key={grant.id} variant="light" size="lg" tt="none">
                {t(`common:roles.${grant.role}`)}: {grantScopeLabel(grant, t)}
              </Badge>
            ))}
          </Group>
        )}
      </section>

      {roles.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {roles.map((role) => (
            <RoleCard key={role} role={role} grants={grantsOf(role)} />
          ))}
        </SimpleGrid>
      )}

      {/* a student sees their own study record, a parent their children's (staff find students in Students) */}
      {(holdsRole(me, 'student') || holdsRole(me, 'parent')) && hasAbility(me, 'students.student.read') && !canSeeStudents(me) && (
        <MyStudentCards asParent={!holdsRole(me, 'student')} />
      )}

      {holdsRole(me, 'student') && (
        <section aria-labelledby="my-card">
          <Title order={2} size="h4" id="my-card" mb="xs">
            {t('common:cabinet.myCard')}
          </Title>
          <PersonCardById id={me.user.id} testId="own-person-card" />
        </section>
      )}

      {/* a teacher (or anyone with a staff card) sees where they work and opens their whole card */}
      {hasAbility(me, 'staff.card.read') && <MyStaffCard />}

      {childIds.length > 0 && (
        <section aria-labelledby="my-children">
          <Title order={2} size="h4" id="my-children" mb="xs">
            {t('common:nav.myChildren')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {childIds.map((id) => (
              <PersonCardById key={id} id={id} linked testId={`child-card-${id}`} />
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
