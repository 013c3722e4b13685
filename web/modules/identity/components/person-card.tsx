import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { fullName } from '../../../lib/format.ts';
import { usePerson } from '../hooks/use-people.ts';

interface PersonCardProps {
  person: PersonDto;
  /** links the name to the person's page */
  linked?: boolean;
  testId?: string;
}

/** A person as the card shows them: full name, personal ID, home unit, roles. */
export function PersonCard({ person, linked = false, testId }: PersonCardProps) {
  const { t } = useTranslation();
  const name = fullName(person);
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Stack gap={6}>
        <Text fw={600} size="lg">
          {linked ? (
            <Anchor component={Link} to={`/people/${person.id}`} inherit>
              {name}
            </Anchor>
          ) : (
            name
          )}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('common:person.username')}:{' '}
          </Text>
          {person.username}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('common:person.homeUnit')}:{' '}
          </Text>
          {person.homeUnitName ?? t('common:person.noHomeUnit')}
        </Text>
        {person.roles.length > 0 && (
          <Group gap={4} aria-label={t('common:person.roles')}>
            {person.roles.map((role) => (
              <Badge key={role} variant="light" size="sm" tt="none">
                {t(`common:roles.${role}`)}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Loads a person by id and shows their card. */
export function PersonCardById({ id, linked = false, testId }: { id: string; linked?: boolean; testId?: string }) {
  const query = usePerson(id);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorAlert error={query.error} />;
  return <PersonCard person={query.data} linked={linked} {...(testId ? { testId } : {})} />;
}
