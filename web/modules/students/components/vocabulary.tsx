import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrderStatus, StudentStatus } from '../../../../shared/modules/students/students.vocabulary.ts';

/** The fixed vocabularies of student records as select options, labelled in the current language. */
export type VocabularyGroup =
  | 'studyForm'
  | 'funding'
  | 'level'
  | 'status'
  | 'orderKind'
  | 'orderStatus'
  | 'leaveKind'
  | 'expelReason'
  | 'gender';

export function vocabularyOptions(t: TFunction, group: VocabularyGroup, values: readonly string[]) {
  return values.map((value) => ({ value, label: t(`students:${group}.${value}`) }));
}

const STATUS_COLOR: Record<StudentStatus | 'notEnrolled', string> = {
  active: 'green',
  onLeave: 'yellow',
  expelled: 'red',
  graduated: 'blue',
  notEnrolled: 'gray',
};

/** A student's standing: studying, on leave, expelled, graduated — or not yet enrolled by an order. */
export function StudentStatusBadge({ status, size = 'sm' }: { status: StudentStatus | null; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const key = status ?? 'notEnrolled';
  return (
    <Badge size={size} variant="light" color={STATUS_COLOR[key]} tt="none" data-testid="student-status">
      {t(`students:status.${key}`)}
    </Badge>
  );
}

const ORDER_STATUS_COLOR: Record<OrderStatus, string> = { draft: 'gray', signed: 'green', cancelled: 'red' };

export function OrderStatusBadge({ status, size = 'sm' }: { status: OrderStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="light" color={ORDER_STATUS_COLOR[status]} tt="none" data-testid="order-status">
      {t(`students:orderStatus.${status}`)}
    </Badge>
  );
}
