import type { TFunction } from 'i18next';
import type { CreateStaffOrderBody, StaffOrderParams } from '../../../../shared/modules/staff/staff.contracts.ts';
import type { AwardKind, DismissalReason, EmploymentKind, StaffLeaveKind, StaffOrderKind } from '../../../../shared/modules/staff/staff.vocabulary.ts';

/** The new-order form's values (one flat record for every kind) and the request they make. */
export interface StaffOrderValues {
  cardId: string | null;
  kind: StaffOrderKind;
  orderDate: string | null;
  effectiveDate: string | null;
  basis: string;
  unitId: string | null;
  positionId: string | null;
  rate: number | string;
  employment: EmploymentKind;
  appointmentId: string | null;
  leaveKind: StaffLeaveKind;
  until: string | null;
  awardKind: AwardKind;
  text: string;
  reason: DismissalReason;
}

export function initialValues(cardId: string | null, today: string): StaffOrderValues {
  return { cardId, kind: 'hire', orderDate: today, effectiveDate: today, basis: '', unitId: null, positionId: null, rate: 1, employment: 'main', appointmentId: null, leaveKind: 'annual', until: null, awardKind: 'gratitude', text: '', reason: 'ownWish' };
}

const rateOf = (value: number | string) => (value === '' ? undefined : Number(value));

/** What the order does, as the contract's params for its kind. */
export function toParams(v: StaffOrderValues): StaffOrderParams {
  switch (v.kind) {
    case 'hire':
      return { kind: 'hire', unitId: v.unitId ?? '', positionId: v.positionId ?? '', rate: rateOf(v.rate) ?? 0, employment: v.employment };
    case 'transfer':
      return { kind: 'transfer', appointmentId: v.appointmentId ?? '', ...(v.unitId ? { unitId: v.unitId } : {}), ...(v.positionId ? { positionId: v.positionId } : {}), ...(rateOf(v.rate) !== undefined ? { rate: rateOf(v.rate) } : {}) };
    case 'leave':
      return { kind: 'leave', leaveKind: v.leaveKind, until: v.until };
    case 'returnFromLeave':
      return { kind: 'returnFromLeave' };
    case 'award':
      return { kind: 'award', awardKind: v.awardKind, text: v.text.trim() };
    case 'dismissal':
      return { kind: 'dismissal', reason: v.reason, appointmentId: v.appointmentId };
  }
}

export function toBody(v: StaffOrderValues): CreateStaffOrderBody {
  return { cardId: v.cardId ?? '', orderDate: v.orderDate ?? '', effectiveDate: v.effectiveDate ?? '', basis: v.basis.trim(), params: toParams(v) };
}

/** Client-side checks (the server checks everything again, with the person's appointments). */
export function orderRules(t: TFunction) {
  const required = (ok: boolean) => (ok ? null : t('common:form.required'));
  return {
    cardId: (value: string | null) => required(Boolean(value)),
    orderDate: (value: string | null) => required(Boolean(value)),
    effectiveDate: (value: string | null) => required(Boolean(value)),
    basis: (value: string) => required(value.trim() !== ''),
    unitId: (value: string | null, v: StaffOrderValues) => (v.kind === 'hire' ? required(Boolean(value)) : null),
    positionId: (value: string | null, v: StaffOrderValues) => (v.kind === 'hire' ? required(Boolean(value)) : null),
    rate: (value: number | string, v: StaffOrderValues) => (v.kind === 'hire' ? required(value !== '' && Number(value) > 0) : null),
    appointmentId: (value: string | null, v: StaffOrderValues) => (v.kind === 'transfer' ? required(Boolean(value)) : null),
    text: (value: string, v: StaffOrderValues) => (v.kind === 'award' ? required(value.trim() !== '') : null),
  };
}
