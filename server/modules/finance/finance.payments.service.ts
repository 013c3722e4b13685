import { can } from '../../../shared/access/can.ts';
import type { PaymentDto, RecordPaymentBody, StudentPaymentsDto } from '../../../shared/modules/finance/finance.contracts.ts';
import { academicYearOf } from '../../../shared/modules/finance/rules/academic-year.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { studentFinanceTarget } from './finance.policy.ts';
import * as repo from './finance.repository.ts';

/** Payments the cash desk records (оплата): tuition of a term, or the prepayment of a re-studied discipline. Never deleted. */

/** dd.mm.yyyy, as a refusal shows a day */
const dayText = (day: string) => day.split('-').reverse().join('.');

function toDto(view: repo.PaymentView): PaymentDto {
  const { payment: p, recorder, discipline } = view;
  return {
    id: p.id,
    studentId: p.studentId,
    academicYear: p.academicYear,
    term: p.term,
    purpose: p.purpose,
    discipline: discipline ? { id: discipline.id, code: discipline.code, name: { ru: discipline.nameRu, ky: discipline.nameKy, en: discipline.nameEn } } : null,
    amount: p.amount,
    paidOn: p.paidOn,
    reference: p.reference,
    recordedBy: { userId: recorder.id, fullName: fullName(recorder) },
    recordedAt: p.recordedAt.toISOString(),
  };
}

/** A student's payments, newest first, and whether the reader may record one. */
export async function listStudentPayments(ctx: ServiceContext, studentId: string): Promise<StudentPaymentsDto> {
  const target = await studentFinanceTarget(ctx.db, ctx.actor, studentId, 'finance.payment.read');
  const today = await universityToday(ctx);
  const items = (await repo.listPayments(ctx.db, studentId)).map(toDto);
  return { studentId, today, academicYear: academicYearOf(today), items, canRecord: can(ctx.actor, 'finance.payment.record', target) };
}

/** The refusals of a payment that no schema can see: a day after today, a discipline where it must (not) be. */
async function checkPayment(ctx: ServiceContext, body: RecordPaymentBody): Promise<void> {
  const today = await universityToday(ctx);
  if (body.paidOn > today) throw new AppError('PAYMENT_DATE_IN_FUTURE', { paidOn: dayText(body.paidOn), today: dayText(today) });
  const disciplineId = body.disciplineId ?? null;
  if (body.purpose === 'restudy' && disciplineId === null) throw new AppError('PAYMENT_DISCIPLINE_REQUIRED');
  if (body.purpose === 'tuition' && disciplineId !== null) throw new AppError('PAYMENT_DISCIPLINE_NOT_ALLOWED');
  if (disciplineId !== null && !(await repo.findDiscipline(ctx.db, disciplineId))) throw new AppError('DISCIPLINE_NOT_FOUND');
}

/** Records a payment the student made (amount in whole som, the day paid, the receipt); audited. */
export async function recordPayment(ctx: ServiceContext, studentId: string, body: RecordPaymentBody): Promise<PaymentDto> {
  await studentFinanceTarget(ctx.db, ctx.actor, studentId, 'finance.payment.record');
  await checkPayment(ctx, body);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertPayment(tx, {
      id,
      studentId,
      academicYear: body.academicYear,
      term: body.term,
      purpose: body.purpose,
      disciplineId: body.disciplineId ?? null,
      amount: body.amount,
      paidOn: body.paidOn,
      reference: body.reference,
      recordedBy: ctx.actor.userId,
      recordedAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: 'finance.payment.record', entityType: 'payment', entityId: id, after: row });
  });
  const view = await repo.findPaymentView(ctx.db, id);
  if (!view) throw new Error('payment vanished');
  return toDto(view);
}
