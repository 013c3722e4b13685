import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { StaffOrderForm } from '../components/staff-order-form.tsx';

/** A new HR order (a draft), for the person of `?card=` when it came from their card. */
export function NewStaffOrderPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const cardId = params.get('card');
  return (
    <Stack gap="md">
      <Anchor component={Link} to={cardId ? `/staff/cards/${cardId}` : '/staff/orders'} size="sm">
        <IconArrowLeft size={14} aria-hidden /> {cardId ? t('staff:orderForm.backToCard') : t('staff:orders.backToList')}
      </Anchor>
      <PageHeader testId="new-staff-order-heading" title={t('staff:orderForm.title')} description={t('staff:orderForm.description')} />
      <StaffOrderForm initialCardId={cardId} />
    </Stack>
  );
}
