import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { fullName } from '../../../lib/format.ts';
import { LANG_LABELS } from '../../../lib/languages.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { ChangePasswordForm } from '../components/change-password-form.tsx';
import { grantLabel } from '../components/grant-label.ts';
import { SessionsList } from '../components/sessions-list.tsx';
import { useSignedInMe } from '../hooks/use-me.ts';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** Own data, password change and open sessions. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  return (
    <Stack gap="lg">
      <PageHeader title={t('common:profile.title')} />
      <Card withBorder padding="md" component="section" aria-labelledby="profile-data">
        <Title order={2} size="h4" id="profile-data" mb="sm">
          {t('common:profile.data')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t('common:profile.fullName')} value={fullName(me.user)} />
          <Field label={t('common:person.username')} value={me.user.username} />
          <Field label={t('common:language.label')} value={LANG_LABELS[me.user.lang]} />
          <Field
            label={t('common:profile.passwordChangedAt')}
            value={me.user.passwordChangedAt ? format.dateTime(me.user.passwordChangedAt) : t('common:profile.never')}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="md" mb={4}>
          {t('common:person.roles')}
        </Text>
        <Group gap="xs">
          {me.grants.map((grant) => (
            <Badge key={grant.id} variant="light" tt="none">
              {grantLabel(grant, t)}
            </Badge>
          ))}
        </Group>
      </Card>
      <Card withBorder padding="md" component="section">
        <ChangePasswordForm />
      </Card>
      <section aria-labelledby="sessions">
        <Title order={2} size="h4" id="sessions" mb="xs">
          {t('common:sessions.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('common:sessions.description')}
        </Text>
        <SessionsList />
      </section>
    </Stack>
  );
}
