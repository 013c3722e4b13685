import { Anchor, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderDto } from '../../../../shared/modules/students/students.contracts.ts';
import { hasAbility } from '../../../lib/abilities.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { useOrder } from '../hooks/use-orders.ts';
import { useGroups } from '../hooks/use-structure.ts';
import { orderLineText } from './order-lines.ts';

/** The order a cancelling order undoes, named by its number and date and linked to it. */
function CancelledOrderLine({ order }: { order: OrderDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const target = useOrder(order.cancelsOrderId);
  const number = target.data?.number ?? '…';
  const text = t('students:document.cancelLine', {
    verb: t('students:orderVerb.cancel'),
    number,
    date: target.data ? format.day(target.data.orderDate) : '…',
  });
  return (
    <List.Item>
      {order.cancelsOrderId ? (
        <Anchor component={Link} to={`/orders/${order.cancelsOrderId}`} inherit data-testid="cancelled-order-link">
          {text}
        </Anchor>
      ) : (
        text
      )}
    </List.Item>
  );
}

/** An order laid out as the official document (FORMS.md §6): heading, subject, «ПРИКАЗЫВАЮ:», numbered items, basis. */
export function OrderDocument({ order }: { order: OrderDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  const groups = useGroups(hasAbility(me, 'students.structure.read') && order.kind !== 'cancel');
  const groupCode = (id: string) => groups.data?.find((group) => group.id === id)?.code ?? '…';
  const context = { t, day: (value: string) => format.day(value), groupCode };

  return (
    <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} maw={820} data-testid="order-document" component="article" aria-labelledby="order-title">
      <Stack gap="md">
        <Text ta="center" fw={600} size="sm" tt="uppercase">
          {me.university.name}
        </Text>
        <Box ta="center">
          <Title order={2} size="h3" id="order-title" data-testid="order-heading">
            {t('students:document.heading', { number: order.number, date: format.day(order.orderDate) })}
          </Title>
        </Box>
        <Text fw={600}>{t(`students:orderSubject.${order.kind}`)}</Text>
        <Text fw={700} data-testid="order-imperative">
          {t('students:document.imperative')}
        </Text>
        <List type="ordered" spacing="xs" data-testid="order-items">
          {order.kind === 'cancel' ? (
            <CancelledOrderLine order={order} />
          ) : (
            order.items.map((item) => (
              <List.Item key={item.id} data-testid="order-item">
                {orderLineText(order, item, context)}{' '}
                <Anchor component={Link} to={`/students/${item.studentId}`} size="xs">
                  {t('students:document.openCard')}
                </Anchor>
              </List.Item>
            ))
          )}
        </List>
        <Text data-testid="order-basis">
          <Text span fw={600}>
            {t('students:document.basis')}
          </Text>{' '}
          {order.reason}
        </Text>
        <Group justify="space-between" gap="xs" mt="md">
          <Text size="sm" c="dimmed">
            {t('students:document.author', { name: order.authorName })}
          </Text>
          <Text size="sm" c="dimmed">
            {order.signedAt ? t('students:document.signedAt', { time: format.dateTime(order.signedAt) }) : t('students:document.notSigned')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
