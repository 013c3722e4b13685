import type { ExpelReason, Funding, LeaveKind, OrderKind, ProgramLevel, StudentStatus, StudyForm } from '../students.vocabulary.ts';

/** Where a student stands: status, group, program, form and funding (as of some date). */
export interface Placement {
  status: StudentStatus;
  groupId: string;
  programId: string;
  programLevel: ProgramLevel;
  studyForm: StudyForm;
  funding: Funding;
}

/** A group an order may move a student into, with its program. */
export interface TargetGroup {
  groupId: string;
  programId: string;
  programLevel: ProgramLevel;
  studyForm: StudyForm;
}

/** What one line of an order asks for. */
export type OrderChange =
  | { kind: 'enrol'; group: TargetGroup; funding: Funding }
  | { kind: 'transfer'; group?: TargetGroup; studyForm?: StudyForm; funding?: Funding }
  | { kind: 'academicLeave'; leaveKind: LeaveKind }
  | { kind: 'returnFromLeave'; group?: TargetGroup }
  | { kind: 'expel'; reason: ExpelReason }
  | { kind: 'restore'; group: TargetGroup; funding: Funding }
  | { kind: 'graduate' };

/** Why an order cannot apply to a student; each is an error code. */
export type TransitionRefusal =
  | 'STUDENT_ALREADY_ENROLLED'
  | 'STUDENT_NOT_ENROLLED'
  | 'STUDENT_NOT_ACTIVE'
  | 'STUDENT_NOT_ON_LEAVE'
  | 'STUDENT_NOT_EXPELLED'
  | 'STUDENT_ALREADY_LEFT'
  | 'TRANSFER_NOTHING_CHANGES'
  | 'TRANSFER_LEVEL_MISMATCH';

export type TransitionResult = { ok: true; placement: Placement } | { ok: false; refusal: TransitionRefusal };

const refuse = (refusal: TransitionRefusal): TransitionResult => ({ ok: false, refusal });
const accept = (placement: Placement): TransitionResult => ({ ok: true, placement });

function intoGroup(base: Omit<Placement, 'groupId' | 'programId' | 'programLevel' | 'studyForm'>, group: TargetGroup): Placement {
  return { ...base, groupId: group.groupId, programId: group.programId, programLevel: group.programLevel, studyForm: group.studyForm };
}

function transfer(current: Placement, change: Extract<OrderChange, { kind: 'transfer' }>): TransitionResult {
  if (current.status !== 'active') return refuse('STUDENT_NOT_ACTIVE');
  if (change.group && change.group.programLevel !== current.programLevel) return refuse('TRANSFER_LEVEL_MISMATCH');
  const next: Placement = change.group ? intoGroup(current, change.group) : { ...current };
  if (change.studyForm) next.studyForm = change.studyForm;
  if (change.funding) next.funding = change.funding;
  const same = next.groupId === current.groupId && next.studyForm === current.studyForm && next.funding === current.funding;
  return same ? refuse('TRANSFER_NOTHING_CHANGES') : accept(next);
}

/**
 * The placement an order line leads to from the current one (null: never enrolled), or why it
 * cannot: every status change of a student goes through here (DOMAIN.md §2, "every status change is an order").
 */
export function applyOrderChange(current: Placement | null, change: OrderChange): TransitionResult {
  if (change.kind === 'enrol') return current ? refuse('STUDENT_ALREADY_ENROLLED') : accept(intoGroup({ status: 'active', funding: change.funding }, change.group));
  if (!current) return refuse('STUDENT_NOT_ENROLLED');
  switch (change.kind) {
    case 'transfer':
      return transfer(current, change);
    case 'academicLeave':
      return current.status === 'active' ? accept({ ...current, status: 'onLeave' }) : refuse('STUDENT_NOT_ACTIVE');
    case 'returnFromLeave':
      if (current.status !== 'onLeave') return refuse('STUDENT_NOT_ON_LEAVE');
      if (change.group && change.group.programLevel !== current.programLevel) return refuse('TRANSFER_LEVEL_MISMATCH');
      return accept(change.group ? intoGroup({ ...current, status: 'active' }, change.group) : { ...current, status: 'active' });
    case 'expel':
      return current.status === 'active' || current.status === 'onLeave' ? accept({ ...current, status: 'expelled' }) : refuse('STUDENT_ALREADY_LEFT');
    case 'restore':
      return current.status === 'expelled' ? accept(intoGroup({ status: 'active', funding: change.funding }, change.group)) : refuse('STUDENT_NOT_EXPELLED');
    case 'graduate':
      return current.status === 'active' ? accept({ ...current, status: 'graduated' }) : refuse('STUDENT_NOT_ACTIVE');
  }
}

/** The kinds of order, for exhaustiveness checks elsewhere. */
export const CHANGE_KINDS: readonly OrderKind[] = ['enrol', 'transfer', 'academicLeave', 'returnFromLeave', 'expel', 'restore', 'graduate'];
