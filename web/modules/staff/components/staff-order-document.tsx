import { Anchor, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffOrderDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useSignedInMe } from '../../identity/index.ts';

/** The one item of an HR order in words, as the document writes it. */
export function staffOrderLine(order: StaffOrderDto, t: TFunction, day: (value: string) => string, num: (value: number) => string): string {
  const p = order.params as Record<string, string | number | null | undefined>;
  const base = { person: order.personName, date: day(order.effectiveDate), unit: order.names.unit ?? '', position: order.names.position ?? '', rate: typeof p.rate === 'number' ? num(p.rate) : '' };
  switch (order.kind) {
    case 'hire':
      return t('staff:document.line.hire', { ...base, employment: t(`staff:employment.${String(p.employment)}`) });
    case 'transfer': {
      const to = [p.positionId ? t('staff:document.toPosition', base) : '', p.unitId ? t('staff:document.toUnit', base) : '', p.rate ? t('staff:document.toRate', base) : ''].filter(Boolean).join(', ');
      return t('staff:document.line.transfer', { ...base, to });
    }
    case 'leave':
      return t('staff:document.line.leave', { ...base, leaveKind: t(`staff:leaveKind.${String(p.leaveKind)}`), until: p.until ? t('staff:document.until', { date: day(String(p.until)) }) : '' });
    case 'returnFromLeave':
      return t('staff:document.line.returnFromLeave', base);
    case 'award':
      return t('staff:document.line.award', { ...base, awardKind: t(`staff:awardKind.${String(p.awardKind)}`), text: p.text ?? '' });
    case 'dismissal':
      return t('staff:document.line.dismissal', { ...base, reason: t(`staff:dismissalReason.${String(p.reason)}`) });
  }
}

/** An HR order laid out as the document (FORMS.md §6): university, БУЙРУК / ПРИКАЗ, number and date, subject, ПРИКАЗЫВАЮ, the item, basis, signature. */
export function StaffOrderDocument({ order }: { order: StaffOrderDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  return (
    <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={820} data-testid="staff-order-document" component="article" aria-labelledby="staff-order-title">
      <Stack gap="md">
        <Text ta="center" fw={600} size="sm" tt="uppercase">
          {me.university.name}
        </Text>
        <Box ta="center">
          <Title order={2} size="h3" id="staff-order-title" data-testid="staff-order-heading">
            {t('staff:document.heading', { number: order.number, date: format.day(order.orderDate) })}
          </Title>
        </Box>
        <Text fw={600}>{t(`staff:orderSubject.${order.kind}`)}</Text>
        <Text fw={700}>{t('staff:document.imperative')}</Text>
        <List type="ordered" spacing="xs">
          <List.Item data-testid="staff-order-item">
            {staffOrderLine(order, t, format.day, format.number)}{' '}
            <Anchor component={Link} to={`/staff/cards/${order.cardId}`} size="xs">
              {t('staff:document.openCard')}
            </Anchor>
          </List.Item>
        </List>
        <Text data-testid="staff-order-basis">
          <Text span fw={600}>
            {t('staff:document.basis')}
          </Text>{' '}
          {order.basis}
        </Text>
        <Group justify="space-between" gap="xs" mt="md" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('staff:document.author', { name: order.authorName })}
          </Text>
          <Text size="sm" c="dimmed" data-testid="staff-order-signature">
            {order.signedAt ? t('staff:document.signed', { name: order.signedByName ?? '', time: format.dateTime(order.signedAt) }) : t('staff:document.notSigned')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
