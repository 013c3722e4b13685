import type { TuitionDto, TuitionQuery } from '../../../shared/modules/finance/finance.contracts.ts';
import { balance, tuitionOf } from '../../../shared/modules/finance/rules/tuition.ts';
import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { findTermStart } from '../calendar/index.ts';
import { studentFinanceTarget } from './finance.policy.ts';
import * as repo from './finance.repository.ts';

/** A student's tuition for a term (DOMAIN.md §4): the ИУП's credits in it × the price of a credit, against the term's payments. */

/** When the calendar has no such term yet: the usual first day (1 Sept, 1 Feb, 15 June). */
const USUAL_START: Record<Term, (year: number) => string> = {
  autumn: (year) => `${year}-09-01`,
  spring: (year) => `${year + 1}-02-01`,
  summer: (year) => `${year + 1}-06-15`,
};

export interface TermOfStudent {
  studentId: string;
  academicYear: number;
  term: Term;
}

export interface TuitionStatus {
  funding: 'grant' | 'contract';
  credits: number;
  pricePerCredit: number | null;
  tuition: number;
  paid: number;
  isPaid: boolean;
}

type TuitionFigures = Omit<TuitionDto, 'studentId' | 'academicYear' | 'term'>;

async function figuresOf(db: Executor, key: TermOfStudent): Promise<TuitionFigures> {
  const day = (await findTermStart(db, key.academicYear, key.term)) ?? USUAL_START[key.term](key.academicYear);
  const placement = await repo.placementOn(db, key.studentId, day);
  if (!placement) throw new AppError('TUITION_NO_PLACEMENT');
  const credits = await repo.planCredits(db, key);
  const { total: paid } = await repo.paidSum(db, { ...key, purpose: 'tuition' });
  const where = { programId: placement.programId, programCode: placement.programCode, studyForm: placement.studyForm, funding: placement.funding, credits };
  // grant students do not pay for the plan (a re-study they still pay, separately)
  if (placement.funding === 'grant') return { ...where, pricePerCredit: null, priceMissing: false, tuition: 0, paid, due: 0, isPaid: true };
  const price = await repo.findPrice(db, { programId: placement.programId, studyForm: placement.studyForm, academicYear: key.academicYear });
  if (!price) return { ...where, pricePerCredit: null, priceMissing: true, tuition: 0, paid, due: 0, isPaid: false };
  const tuition = tuitionOf({ credits, pricePerCredit: price.pricePerCredit });
  return { ...where, pricePerCredit: price.pricePerCredit, priceMissing: false, tuition, ...balance(tuition, [{ amount: paid }]) };
}

/** A student's tuition for a term as the reader may see it (self, parent, offices in scope). */
export async function getTuition(ctx: ServiceContext, studentId: string, query: TuitionQuery): Promise<TuitionDto> {
  await studentFinanceTarget(ctx.db, ctx.actor, studentId, 'finance.payment.read');
  return { studentId, academicYear: query.academicYear, term: query.term, ...(await figuresOf(ctx.db, { studentId, ...query })) };
}

/**
 * Whether a student has paid a term's tuition (registration's "semester paid" check): no access
 * check, runs on the caller's executor (pass `tx` inside a transaction). A contract student whose
 * price is missing is not paid (pricePerCredit null).
 */
export async function tuitionStatus(db: Executor, key: TermOfStudent): Promise<TuitionStatus> {
  const f = await figuresOf(db, key);
  return { funding: f.funding, credits: f.credits, pricePerCredit: f.pricePerCredit, tuition: f.tuition, paid: f.paid, isPaid: f.isPaid };
}

/** Whether a re-study of a discipline in a term is prepaid (a restudy payment for it exists); no access check. */
export async function hasRestudyPrepayment(db: Executor, key: TermOfStudent & { disciplineId: string }): Promise<boolean> {
  return (await repo.paidSum(db, { ...key, purpose: 'restudy' })).count > 0;
}
