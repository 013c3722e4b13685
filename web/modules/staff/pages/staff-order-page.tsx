import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconInfoCircle, IconSignature } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StaffOrderDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { signStaffOrder } from '../api/staff-api.ts';
import { StaffOrderDocument } from '../components/staff-order-document.tsx';
import { useStaffChanged, useStaffOrder } from '../hooks/use-staff.ts';

function OrderView({ order }: { order: StaffOrderDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  const changed = useStaffChanged();
  const [signing, sign] = useDisclosure(false);
  const mutation = useMutation({
    mutationFn: () => signStaffOrder(order.id),
    onSuccess: (signed) => {
      changed(signed);
      notifications.show({ color: 'green', message: t('staff:order.signed', { number: signed.number }) });
      sign.close();
    },
  });
  const canSign = order.status === 'draft' && hasAbility(me, 'staff.order.sign');
  return (
    <Stack gap="md">
      <PageHeader
        testId="staff-order-page-heading"
        title={
          <Group gap="sm" component="span">
            {t('staff:order.title', { number: order.number })}
            <Badge color={order.status === 'signed' ? 'green' : 'gray'} variant="light" size="lg" data-testid="staff-order-status">
              {t(`staff:orderStatus.${order.status}`)}
            </Badge>
          </Group>
        }
        description={t(`staff:orderKind.${order.kind}`)}
        actions={
          canSign && (
            <Button leftSection={<IconSignature size={16} aria-hidden />} onClick={sign.open} data-testid="sign-staff-order">
              {t('staff:order.sign')}
            </Button>
          )
        }
      />
      {order.status === 'draft' && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          <Text size="sm">{t('staff:order.draftHint')}</Text>
        </Alert>
      )}
      <StaffOrderDocument order={order} />
      <ConfirmModal
        opened={signing}
        title={t('staff:order.signTitle', { number: order.number })}
        confirmLabel={t('staff:order.signConfirm')}
        loading={mutation.isPending}
        error={mutation.error}
        onClose={() => {
          mutation.reset();
          sign.close();
        }}
        onConfirm={() => mutation.mutate()}
      >
        <span data-testid="staff-sign-consequences">{t('staff:order.signConsequences', { person: order.personName, date: format.day(order.effectiveDate) })}</span>
      </ConfirmModal>
    </Stack>
  );
}

/** One HR order as its document; a draft can be signed (which applies it and can never be edited). */
export function StaffOrderPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useStaffOrder(id);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/staff/orders" size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('staff:orders.backToList')}
      </Anchor>
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <OrderView order={query.data} />}
    </Stack>
  );
}
