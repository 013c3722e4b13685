import { Anchor, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fullName } from '../../../lib/format.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { likelyKind } from '../components/order-form-values.ts';
import { OrderForm } from '../components/order-form.tsx';
import { useStudent } from '../hooks/use-students.ts';

/** A new order (a draft); opened from a student's card, the student is already on the first line. */
export function NewOrderPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const studentId = params.get('student');
  const student = useStudent(studentId);
  const initialStudent = student.data
    ? { value: student.data.id, label: `${fullName(student.data)} (${student.data.username}${student.data.current ? `, ${student.data.current.groupCode}` : ''})` }
    : null;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/orders" size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('students:orders.backToList')}
      </Anchor>
      <PageHeader testId="new-order-heading" title={t('students:orderForm.title')} description={t('students:orderForm.description')} />
      {studentId && student.isPending ? (
        <LoadingState />
      ) : (
        <>
          {student.error && <ErrorAlert error={student.error} />}
          <OrderForm
            key={initialStudent?.value ?? 'blank'}
            initialKind={student.data ? likelyKind(student.data.current?.status) : 'enrol'}
            initialStudent={initialStudent}
          />
        </>
      )}
    </Stack>
  );
}
