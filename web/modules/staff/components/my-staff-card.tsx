import { Anchor, Card, Text, Title } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The cabinet's "my staff card": what it holds and the way to it (the card itself loads on its page). */
export function MyStaffCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="my-staff-card" data-testid="my-staff-card">
      <Title order={2} size="h4" id="my-staff-card" mb="xs">
        {t('staff:my.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('staff:my.description')}
      </Text>
      <Anchor component={Link} to="/staff/me" size="sm" mt="sm" data-testid="my-staff-card-link">
        <IconId size={14} aria-hidden /> {t('staff:my.open')}
      </Anchor>
    </Card>
  );
}
