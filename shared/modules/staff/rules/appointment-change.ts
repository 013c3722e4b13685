import type { AppointmentStatus, EmploymentKind, StaffLeaveKind } from '../staff.vocabulary.ts';

/**
 * What a signed HR order does to a person's appointments (назначения). Rates are counted in
 * hundredths of a ставка (0.25 → 25) so sums stay exact. A refusal is an error code.
 */
export interface Appointment {
  id: string;
  unitId: string;
  positionId: string;
  rate: number;
  employment: EmploymentKind;
  status: AppointmentStatus;
}

export type NewAppointment = Omit<Appointment, 'id'>;

interface Place {
  unitId: string;
  unitIsDepartment: boolean;
}

export type StaffChange =
  | ({ kind: 'hire'; positionId: string; rate: number; employment: EmploymentKind } & Place)
  | { kind: 'transfer'; appointmentId: string; to: Partial<Place> & { positionId?: string; rate?: number } }
  | { kind: 'leave'; leaveKind: StaffLeaveKind }
  | { kind: 'returnFromLeave' }
  | { kind: 'award' }
  | { kind: 'dismissal'; appointmentId: string | null };

export type StaffRefusal =
  | 'STAFF_UNIT_NOT_DEPARTMENT'
  | 'STAFF_RATE_INVALID'
  | 'STAFF_RATE_OVER_LIMIT'
  | 'STAFF_NOT_EMPLOYED'
  | 'STAFF_ON_LEAVE'
  | 'STAFF_NOT_ON_LEAVE'
  | 'STAFF_ALREADY_APPOINTED'
  | 'STAFF_MAIN_JOB_TAKEN'
  | 'STAFF_NO_MAIN_JOB'
  | 'STAFF_APPOINTMENT_NOT_FOUND'
  | 'STAFF_TRANSFER_NOTHING_CHANGES';

export type StaffOutcome = { ok: true; close: string[]; open: NewAppointment[] } | { ok: false; refusal: StaffRefusal; details?: Record<string, string> };

export interface StaffLimits {
  /** the least one appointment may carry, in hundredths of a rate */
  minRate: number;
  /** the most a person may hold in total, in hundredths of a rate */
  maxTotalRate: number;
}

const refuse = (refusal: StaffRefusal, details?: Record<string, string>): StaffOutcome => ({ ok: false, refusal, ...(details ? { details } : {}) });
const totalRate = (list: readonly Appointment[]) => list.reduce((sum, a) => sum + a.rate, 0);
const isOnLeave = (list: readonly Appointment[]) => list.some((a) => a.status === 'onLeave');

/** A rate as hundredths: "0.25" → 25; null when it is not a positive multiple of 0.01. */
export function rateToHundredths(rate: number | string): number | null {
  const value = Math.round(Number(rate) * 100);
  return Number.isFinite(value) && value > 0 && Math.abs(value - Number(rate) * 100) < 1e-6 ? value : null;
}

/** Hundredths back to the decimal the documents show: 25 → "0.25", 100 → "1.00". */
export function hundredthsToRate(value: number): string {
  return (value / 100).toFixed(2);
}

function checkRate(rate: number, rest: number, limits: StaffLimits): StaffOutcome | null {
  if (!Number.isInteger(rate) || rate < Math.max(1, limits.minRate) || rate > limits.maxTotalRate) return refuse('STAFF_RATE_INVALID', { min: hundredthsToRate(limits.minRate), max: hundredthsToRate(limits.maxTotalRate) });
  if (rest + rate > limits.maxTotalRate) return refuse('STAFF_RATE_OVER_LIMIT', { total: hundredthsToRate(rest + rate), max: hundredthsToRate(limits.maxTotalRate) });
  return null;
}

function hire(current: readonly Appointment[], change: Extract<StaffChange, { kind: 'hire' }>, limits: StaffLimits): StaffOutcome {
  if (!change.unitIsDepartment) return refuse('STAFF_UNIT_NOT_DEPARTMENT');
  if (isOnLeave(current)) return refuse('STAFF_ON_LEAVE');
  if (current.some((a) => a.unitId === change.unitId && a.positionId === change.positionId)) return refuse('STAFF_ALREADY_APPOINTED');
  const hasMain = current.some((a) => a.employment === 'main');
  if (change.employment === 'main' && hasMain) return refuse('STAFF_MAIN_JOB_TAKEN');
  if (change.employment === 'internalPartTime' && !hasMain) return refuse('STAFF_NO_MAIN_JOB');
  const rateRefusal = checkRate(change.rate, totalRate(current), limits);
  if (rateRefusal) return rateRefusal;
  return { ok: true, close: [], open: [{ unitId: change.unitId, positionId: change.positionId, rate: change.rate, employment: change.employment, status: 'working' }] };
}

function transfer(current: readonly Appointment[], change: Extract<StaffChange, { kind: 'transfer' }>, limits: StaffLimits): StaffOutcome {
  const from = current.find((a) => a.id === change.appointmentId);
  if (!from) return refuse('STAFF_APPOINTMENT_NOT_FOUND');
  if (from.status === 'onLeave') return refuse('STAFF_ON_LEAVE');
  if (change.to.unitId !== undefined && !change.to.unitIsDepartment) return refuse('STAFF_UNIT_NOT_DEPARTMENT');
  const next = { unitId: change.to.unitId ?? from.unitId, positionId: change.to.positionId ?? from.positionId, rate: change.to.rate ?? from.rate };
  if (next.unitId === from.unitId && next.positionId === from.positionId && next.rate === from.rate) return refuse('STAFF_TRANSFER_NOTHING_CHANGES');
  const others = current.filter((a) => a.id !== from.id);
  if (others.some((a) => a.unitId === next.unitId && a.positionId === next.positionId)) return refuse('STAFF_ALREADY_APPOINTED');
  const rateRefusal = checkRate(next.rate, totalRate(others), limits);
  if (rateRefusal) return rateRefusal;
  return { ok: true, close: [from.id], open: [{ ...next, employment: from.employment, status: 'working' }] };
}

/** Re-opens every appointment with a new status (a leave, a return). */
function restate(current: readonly Appointment[], status: AppointmentStatus): StaffOutcome {
  return { ok: true, close: current.map((a) => a.id), open: current.map(({ id: _id, ...rest }) => ({ ...rest, status })) };
}

function dismissal(current: readonly Appointment[], appointmentId: string | null): StaffOutcome {
  if (appointmentId === null) return { ok: true, close: current.map((a) => a.id), open: [] };
  const target = current.find((a) => a.id === appointmentId);
  if (!target) return refuse('STAFF_APPOINTMENT_NOT_FOUND');
  // releasing the main job while internal part-time work stays would leave part-time work without a main one
  if (target.employment === 'main' && current.some((a) => a.employment === 'internalPartTime')) return refuse('STAFF_NO_MAIN_JOB');
  return { ok: true, close: [target.id], open: [] };
}

/** The periods an order closes and opens, given the person's open appointments on its effective date. */
export function applyStaffChange(current: readonly Appointment[], change: StaffChange, limits: StaffLimits): StaffOutcome {
  if (change.kind === 'hire') return hire(current, change, limits);
  if (current.length === 0) return refuse('STAFF_NOT_EMPLOYED');
  switch (change.kind) {
    case 'transfer':
      return transfer(current, change, limits);
    case 'leave':
      return isOnLeave(current) ? refuse('STAFF_ON_LEAVE') : restate(current, 'onLeave');
    case 'returnFromLeave':
      return isOnLeave(current) ? restate(current, 'working') : refuse('STAFF_NOT_ON_LEAVE');
    case 'award':
      return { ok: true, close: [], open: [] };
    case 'dismissal':
      return dismissal(current, change.appointmentId);
  }
}
