import type { TFunction } from 'i18next';
import type { OrderParams } from '../../../../shared/modules/students/students.contracts.ts';
import type { ExpelReason, Funding, LeaveKind, OrderKind, StudentStatus, StudyForm } from '../../../../shared/modules/students/students.vocabulary.ts';
import type { OrderRequest } from '../api/orders-api.ts';

/** One line of the order being drafted: the student and every parameter any kind may need ('' or null when unset). */
export interface OrderItemValues {
  key: string;
  studentId: string | null;
  groupId: string | null;
  funding: Funding | null;
  studyForm: StudyForm | null;
  leaveKind: LeaveKind | null;
  until: string | null;
  expelReason: ExpelReason | null;
}

export interface OrderFormValues {
  kind: OrderKind;
  orderDate: string | null;
  effectiveDate: string | null;
  reason: string;
  items: OrderItemValues[];
}

let nextKey = 0;

export function emptyItem(studentId: string | null = null): OrderItemValues {
  nextKey += 1;
  return { key: `item-${nextKey}`, studentId, groupId: null, funding: null, studyForm: null, leaveKind: null, until: null, expelReason: null };
}

/** The kind an order for one student most likely is, from where they stand now. */
export function likelyKind(status: StudentStatus | null | undefined): OrderKind {
  if (status === 'active') return 'transfer';
  if (status === 'onLeave') return 'returnFromLeave';
  if (status === 'expelled') return 'restore';
  return 'enrol';
}

/** The parameters of a line for the order's kind, exactly as the contract takes them (only what is set). */
export function toOrderParams(kind: OrderKind, item: OrderItemValues): OrderParams {
  switch (kind) {
    case 'enrol':
      return { kind, groupId: item.groupId ?? '', funding: item.funding ?? 'contract' };
    case 'restore':
      return { kind, groupId: item.groupId ?? '', funding: item.funding ?? 'contract' };
    case 'transfer':
      return {
        kind,
        ...(item.groupId ? { groupId: item.groupId } : {}),
        ...(item.studyForm ? { studyForm: item.studyForm } : {}),
        ...(item.funding ? { funding: item.funding } : {}),
      };
    case 'academicLeave':
      return { kind, leaveKind: item.leaveKind ?? 'medical', ...(item.until ? { until: item.until } : {}) };
    case 'returnFromLeave':
      return { kind, ...(item.groupId ? { groupId: item.groupId } : {}) };
    case 'expel':
      return { kind, reason: item.expelReason ?? 'ownWish' };
    case 'graduate':
      return { kind };
  }
}

/** The request the form sends: dates, the basis, and one line per student. */
export function toOrderBody(values: OrderFormValues): OrderRequest {
  return {
    kind: values.kind,
    orderDate: values.orderDate ?? '',
    effectiveDate: values.effectiveDate ?? '',
    reason: values.reason.trim(),
    items: values.items.map((item) => ({ studentId: item.studentId ?? '', params: toOrderParams(values.kind, item) })),
  };
}

/** The fields a kind asks for on each line. */
export function fieldsOfKind(kind: OrderKind) {
  return {
    group: kind === 'enrol' || kind === 'restore' || kind === 'transfer' || kind === 'returnFromLeave',
    groupRequired: kind === 'enrol' || kind === 'restore',
    funding: kind === 'enrol' || kind === 'restore' || kind === 'transfer',
    studyForm: kind === 'transfer',
    leave: kind === 'academicLeave',
    expel: kind === 'expel',
  };
}

/** The form's checks: what each kind requires, and each student once. */
export function orderRules(t: TFunction) {
  const required = t('common:form.required');
  return {
    orderDate: (value: string | null) => (value ? null : required),
    effectiveDate: (value: string | null) => (value ? null : required),
    reason: (value: string) => (value.trim() === '' ? required : value.trim().length > 1000 ? t('students:form.tooLong') : null),
    items: {
      studentId: (value: string | null, values: OrderFormValues) => {
        if (!value) return required;
        return values.items.filter((item) => item.studentId === value).length > 1 ? t('students:orderForm.duplicateStudent') : null;
      },
      groupId: (value: string | null, values: OrderFormValues, path: string) => {
        const fields = fieldsOfKind(values.kind);
        if (fields.groupRequired && !value) return required;
        if (values.kind === 'transfer') {
          const item = values.items[Number(path.split('.')[1])];
          if (item && !item.groupId && !item.studyForm && !item.funding) return t('students:orderForm.transferNothing');
        }
        return null;
      },
      funding: (value: Funding | null, values: OrderFormValues) => (fieldsOfKind(values.kind).groupRequired && !value ? required : null),
      leaveKind: (value: LeaveKind | null, values: OrderFormValues) => (values.kind === 'academicLeave' && !value ? required : null),
      expelReason: (value: ExpelReason | null, values: OrderFormValues) => (values.kind === 'expel' && !value ? required : null),
    },
  };
}
