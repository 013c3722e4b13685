import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconEdit, IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CardDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { EditCardModal } from '../components/edit-card-modal.tsx';
import { StaffCardFacts, StaffCardWork } from '../components/staff-card-sections.tsx';
import { readsStaff } from '../components/staff-nav.tsx';
import { useStaffCard } from '../hooks/use-staff.ts';

/** A card's page body: heading, facts, work and awards. */
export function CardView({ card }: { card: CardDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const own = card.userId === me.user.id;
  const [editing, edit] = useDisclosure(false);
  return (
    <Stack gap="md">
      <PageHeader
        testId="staff-card-heading"
        title={
          <Group gap="sm" component="span">
            {card.fullName}
            {own && <Badge variant="light">{t('staff:card.mine')}</Badge>}
          </Group>
        }
        description={t('staff:card.description', { username: card.username })}
        actions={
          <>
            {hasAbility(me, 'staff.card.manage') && (
              <Button variant="light" leftSection={<IconEdit size={16} aria-hidden />} onClick={edit.open} data-testid="edit-staff-card">
                {t('staff:editCard.open')}
              </Button>
            )}
            {hasAbility(me, 'staff.order.create') && (
              <Button component={Link} to={`/staff/orders/new?card=${card.id}`} leftSection={<IconFilePlus size={16} aria-hidden />} data-testid="new-staff-order">
                {t('staff:card.newOrder')}
              </Button>
            )}
          </>
        }
      />
      {editing && <EditCardModal card={card} opened={editing} onClose={edit.close} />}
      <StaffCardFacts card={card} />
      <StaffCardWork card={card} withOrders={hasAbility(me, 'staff.order.read')} />
    </Stack>
  );
}

/** One staff card: facts, today's appointments, the history of periods with their orders, awards. */
export function StaffCardPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useSignedInMe();
  const query = useStaffCard(id);
  return (
    <Stack gap="md">
      {readsStaff(me) && (
        <Anchor component={Link} to="/staff" size="sm">
          <IconArrowLeft size={14} aria-hidden /> {t('staff:cards.backToList')}
        </Anchor>
      )}
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <CardView card={query.data} />}
    </Stack>
  );
}
