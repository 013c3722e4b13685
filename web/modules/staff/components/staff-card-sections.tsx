import { Alert, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { AppointmentsTable } from './appointments-table.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children ?? '—'}</Text>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The card's facts: degree, title, education, contacts; personal data when the reader may see it. */
export function StaffCardFacts({ card }: { card: CardDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="card-facts" title={t('staff:card.facts')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <Field label={t('staff:field.degree')}>{t(`staff:degree.${card.degree}`)}{card.degreeField ? ` (${card.degreeField})` : ''}</Field>
        <Field label={t('staff:field.title')}>{t(`staff:academicTitle.${card.title}`)}</Field>
        <Field label={t('staff:field.educationLevel')}>{t(`staff:educationLevel.${card.educationLevel}`)}</Field>
        <Field label={t('staff:field.education')}>{card.education}</Field>
        <Field label={t('staff:field.gender')}>{t(`staff:gender.${card.gender}`)}</Field>
        <Field label={t('staff:field.phone')}>{card.phone}</Field>
        <Field label={t('staff:field.email')}>{card.email}</Field>
        <Field label={t('staff:field.hiredFirstOn')}>{card.hiredFirstOn ? format.day(card.hiredFirstOn) : null}</Field>
        {card.personal && (
          <>
            <Field label={t('staff:field.birthDate')}>{format.day(card.personal.birthDate)}</Field>
            <Field label={t('staff:field.personalNumber')}>{card.personal.personalNumber}</Field>
            <Field label={t('staff:field.citizenship')}>{card.personal.citizenship}</Field>
            <Field label={t('staff:field.address')}>{card.personal.address}</Field>
          </>
        )}
      </SimpleGrid>
      {card.personal && card.personal.pinWarnings.length > 0 && (
        <Alert color="yellow" variant="light" mt="sm" data-testid="pin-warnings">
          {card.personal.pinWarnings.map((w) => t(`staff:card.pinWarning.${w}`)).join(' ')}
        </Alert>
      )}
    </Section>
  );
}

/** Where the person works today, the whole history of periods, and the awards. */
export function StaffCardWork({ card, withOrders }: { card: CardDto; withOrders: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      <Section id="card-current" title={t('staff:card.current', { rate: format.number(card.totalRate) })}>
        {card.current.length === 0 ? (
          <EmptyState icon={<IconBriefcase size={24} aria-hidden />} title={t('staff:card.notEmployed')} description={t('staff:card.notEmployedHint')} />
        ) : (
          <AppointmentsTable appointments={card.current} withOrders={withOrders} testId="current-appointments" />
        )}
      </Section>
      <Section id="card-history" title={t('staff:card.history')}>
        {card.history.length === 0 ? <Text c="dimmed" size="sm">{t('staff:card.noHistory')}</Text> : <AppointmentsTable appointments={card.history} withOrders={withOrders} testId="appointment-history" />}
      </Section>
      <Section id="card-awards" title={t('staff:card.awards')}>
        {card.awards.length === 0 ? (
          <Text c="dimmed" size="sm">{t('staff:card.noAwards')}</Text>
        ) : (
          <List spacing="xs" data-testid="awards">
            {card.awards.map((award) => (
              <List.Item key={award.orderId}>
                {format.day(award.date)} — {t(`staff:awardKind.${award.awardKind}`)}: {award.text} ({award.orderNumber})
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
