import { Button, Card, EmptyState, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCash, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentDto } from '../../../../shared/modules/finance/finance.contracts.ts';
import { academicYearLabel } from '../../../../shared/modules/finance/rules/academic-year.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { listPayments, paymentsQueryKey } from '../api/finance-api.ts';
import { RecordPaymentModal } from './record-payment-modal.tsx';
import { TuitionCard } from './tuition-card.tsx';

/** The terms whose tuition the panel shows (summer is paid by the rector's order, apart). */
const TERMS_SHOWN = ['autumn', 'spring'] as const;

function PaymentRow({ payment }: { payment: PaymentDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="sm" data-testid="payment">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {t(`finance:purpose.${payment.purpose}`)} · {t(`finance:term.${payment.term}`)} {academicYearLabel(payment.academicYear)}
          </Text>
          {payment.discipline && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {payment.discipline.code} — {payment.discipline.name[format.lang] || payment.discipline.name.ru}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {format.day(payment.paidOn)} · {payment.reference} · {t('finance:payments.recordedBy', { name: payment.recordedBy.fullName, at: format.dateTime(payment.recordedAt) })}
          </Text>
        </Stack>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="payment-amount-value">
          {t('finance:som', { amount: format.number(payment.amount) })}
        </Text>
      </Group>
    </Card>
  );
}

/**
 * A student's tuition and payments for the student card: each term of an academic year (credits ×
 * price, paid, due), the payments newest first, and "record a payment" for the cash desk. Loads its data.
 */
export function PaymentsPanel({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: paymentsQueryKey(studentId), queryFn: () => listPayments(studentId) });
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [recording, setRecording] = useState(false);
  const data = query.data;
  const year = chosenYear ?? data?.academicYear ?? null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="student-payments" data-testid="payments-panel">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5" id="student-payments">
          {t('finance:payments.title')}
        </Title>
        {data?.canRecord && (
          <Button size="xs" variant="default" leftSection={<IconCash size={14} aria-hidden />} onClick={() => setRecording(true)} data-testid="record-payment">
            {t('finance:payments.record')}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : (
        <Stack gap="sm">
          <Select
            label={t('finance:payments.yearLabel')}
            w={160}
            size="xs"
            allowDeselect={false}
            data={[query.data.academicYear - 1, query.data.academicYear, query.data.academicYear + 1].map((y) => ({ value: String(y), label: academicYearLabel(y) }))}
            value={String(year)}
            onChange={(value) => value && setChosenYear(Number(value))}
            data-testid="payments-year"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {year !== null && TERMS_SHOWN.map((term) => <TuitionCard key={`${year}-${term}`} studentId={studentId} academicYear={year} term={term} />)}
          </SimpleGrid>
          <Title order={3} size="h6">
            {t('finance:payments.listTitle')}
          </Title>
          {query.data.items.length === 0 ? (
            <EmptyState icon={<IconReceipt size={24} aria-hidden />} title={t('finance:payments.empty')} description={t('finance:payments.emptyHint')} />
          ) : (
            query.data.items.map((payment) => <PaymentRow key={payment.id} payment={payment} />)
          )}
        </Stack>
      )}
      {recording && data && <RecordPaymentModal studentId={studentId} academicYear={year ?? data.academicYear} today={data.today} onClose={() => setRecording(false)} />}
    </Card>
  );
}
