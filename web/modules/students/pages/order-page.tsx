import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowLeft, IconInfoCircle, IconSignature } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OrderDto } from '../../../../shared/modules/students/students.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { signOrder } from '../api/orders-api.ts';
import { CancelOrderModal } from '../components/cancel-order-modal.tsx';
import { OrderDocument } from '../components/order-document.tsx';
import { OrderStatusBadge } from '../components/vocabulary.tsx';
import { useOrder, useOrderChanged } from '../hooks/use-orders.ts';

function OrderView({ order }: { order: OrderDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  const changed = useOrderChanged();
  const [signing, sign] = useDisclosure(false);
  const [cancelling, cancel] = useDisclosure(false);
  const cancelTarget = useOrder(order.kind === 'cancel' ? order.cancelsOrderId : null);
  const mutation = useMutation({
    mutationFn: () => signOrder(order.id),
    onSuccess: (signed) => {
      changed(signed);
      notifications.show({ color: 'green', message: t('students:order.signed', { number: signed.number }) });
      sign.close();
    },
  });
  const canSign = order.status === 'draft' && hasAbility(me, 'students.order.sign');
  const canCancel = order.status === 'signed' && order.kind !== 'cancel' && hasAbility(me, 'students.order.create');
  const consequences =
    order.kind === 'cancel'
      ? t('students:order.signCancelConsequences', { number: cancelTarget.data?.number ?? '…' })
      : t('students:order.signConsequences', { total: order.items.length, date: format.day(order.effectiveDate) });

  return (
    <Stack gap="md">
      <PageHeader
        testId="order-page-heading"
        title={
          <Group gap="sm" component="span">
            {t('students:order.titleShort', { number: order.number })}
            <OrderStatusBadge status={order.status} size="lg" />
          </Group>
        }
        description={t(`students:orderKind.${order.kind}`)}
        actions={
          <>
            {canSign && (
              <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={sign.open} data-testid="sign-order">
                {t('students:order.sign')}
              </Button>
            )}
            {canCancel && (
              <Button variant="light" color="red" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={cancel.open} data-testid="cancel-order">
                {t('students:order.cancelByOrder')}
              </Button>
            )}
          </>
        }
      />
      {order.status === 'draft' && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          <Text size="sm">{t('students:order.draftHint')}</Text>
        </Alert>
      )}
      {order.status === 'cancelled' && (
        <Alert color="red" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} data-testid="order-cancelled-note">
          <Text size="sm">{t('students:order.cancelledHint')}</Text>
        </Alert>
      )}
      <OrderDocument order={order} />
      <ConfirmModal
        opened={signing}
        title={t('students:order.signTitle', { number: order.number })}
        confirmLabel={t('students:order.signConfirm')}
        loading={mutation.isPending}
        error={mutation.error}
        onClose={() => {
          mutation.reset();
          sign.close();
        }}
        onConfirm={() => mutation.mutate()}
      >
        <span data-testid="sign-consequences">
          {consequences} {t('students:order.signFinal')}
        </span>
      </ConfirmModal>
      {canCancel && <CancelOrderModal order={order} opened={cancelling} onClose={cancel.close} />}
    </Stack>
  );
}

/** One order as its document, with signing (a draft) or cancelling by another order (a signed one). */
export function OrderPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useOrder(id);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/orders" size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('students:orders.backToList')}
      </Anchor>
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <OrderView order={query.data} />}
    </Stack>
  );
}
