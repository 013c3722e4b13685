import { Badge, Button, Card, Drawer, EmptyState, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUEUE_STEPS, type QueueItemDto, type QueueStep } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { getQueue, queueKey } from '../api/registration-api.ts';
import { useRegistration } from '../hooks/use-registration.ts';
import { RegistrationView } from './registration-page.tsx';

/** The review drawer: the student's term as the reviewer sees it (lines, credits, sections, holds), with the reviewer's buttons. */
function ReviewDrawer({ item, onClose, onDone }: { item: QueueItemDto; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const query = useRegistration(item.studentId, { academicYear: item.academicYear });
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={t('registration:queue.reviewTitle', { name: item.studentName })} data-testid="review-drawer">
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <RegistrationView view={query.data} onStepDone={onDone} />}
    </Drawer>
  );
}

function QueueRow({ item, onOpen }: { item: QueueItemDto; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="sm" data-testid="queue-item" data-plan-id={item.planId}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {item.studentName}
          </Text>
          <Text size="sm" c="dimmed">
            {[item.groupCode, t('registration:queue.year', { year: `${item.academicYear}-${item.academicYear + 1}`, course: item.course }), t('registration:page.credits', { n: item.credits })].filter(Boolean).join(' · ')}
          </Text>
          <Group gap={4}>
            {item.revision > 0 && <Badge size="sm" variant="light">{t('registration:flow.revision', { revision: item.revision })}</Badge>}
            {item.submittedAt && (
              <Text size="xs" c="dimmed">
                {t('registration:queue.submittedAt', { at: format.dateTime(item.submittedAt) })}
              </Text>
            )}
          </Group>
        </Stack>
        <Button size="sm" variant="light" onClick={onOpen} aria-label={t('registration:queue.openNamed', { name: item.studentName })} data-testid="queue-open">
          {t('registration:queue.open')}
        </Button>
      </Group>
    </Card>
  );
}

/**
 * The plans waiting for the reader's step (`/registration/queue`): the advisor approves, the dean's
 * office approves a change, the registrar accepts; each opens the plan and approves or returns it.
 */
export function RegistrationQueuePage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<QueueStep | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<QueueItemDto | null>(null);
  const query = useQuery({ queryKey: queueKey(step, page), queryFn: () => getQueue(step, page) });
  const data = query.data;
  const done = () => {
    setOpen(null);
    void client.invalidateQueries({ queryKey: ['registration-queue'] });
  };
  return (
    <Stack gap="sm" maw={900}>
      <PageHeader testId="queue-heading" title={t('registration:queue.title')} description={data ? (data.step ? t(`registration:queue.stepHint.${data.step}`) : t('registration:queue.noStep')) : undefined} />
      {data && data.steps.length > 1 && (
        <SegmentedControl value={data.step ?? undefined} onChange={(value) => { setStep(QUEUE_STEPS.find((s) => s === value)); setPage(1); }} data={data.steps.map((s) => ({ value: s, label: t(`registration:queue.step.${s}`) }))} data-testid="queue-steps" />
      )}
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState icon={<IconInbox size={24} aria-hidden />} title={t('registration:queue.empty')} description={t('registration:queue.emptyHint')} data-testid="queue-empty" />
      ) : (
        <Stack gap="xs">
          {query.data.items.map((item) => (
            <QueueRow key={item.planId} item={item} onOpen={() => setOpen(item)} />
          ))}
          <PagedFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPage={setPage} />
        </Stack>
      )}
      {open && <ReviewDrawer item={open} onClose={() => setOpen(null)} onDone={done} />}
    </Stack>
  );
}
