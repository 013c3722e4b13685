import { documentDate } from '../../platform/documents/pdf.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { findUnit, unitName } from '../org/index.ts';
import { personName } from './curricula.plans.documents.repository.ts';
import { initialsName, planPdf } from './curricula.plans.pdf.ts';
import * as repo from './curricula.plans.repository.ts';
import { getPlan } from './curricula.plans.service.ts';
import { planWorkbook, type PlanDocumentData } from './curricula.plans.xlsx.ts';

/** A plan's files: the XLSX a department keeps (and imports back) and the printable PDF. */

export interface PlanFile {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}

async function documentData(ctx: ServiceContext, id: string): Promise<{ doc: PlanDocumentData; approverInitials: string | null }> {
  const row = await repo.findPlan(ctx.db, id);
  if (!row) throw new AppError('PLAN_NOT_FOUND');
  const plan = await getPlan(ctx, id);
  const department = await findUnit(ctx.db, row.program.departmentId);
  const approver = row.plan.approvedBy ? await personName(ctx.db, row.plan.approvedBy) : undefined;
  const approvedOn = row.plan.approvedAt ? documentDate(await universityToday({ db: ctx.db, now: row.plan.approvedAt })) : null;
  const doc = { plan, departmentName: department ? unitName(department, ctx.lang) : '—', approvedOn, approverName: approver ? fullName(approver) : null };
  return { doc, approverInitials: approver ? initialsName(approver) : null };
}

const fileName = (doc: PlanDocumentData) => `plan-${doc.plan.programCode}-${doc.plan.admissionYear ?? doc.plan.kind}-v${doc.plan.version}`;

export async function planXlsxFile(ctx: ServiceContext, id: string): Promise<PlanFile> {
  const { doc } = await documentData(ctx, id);
  return { fileName: fileName(doc), bytes: await planWorkbook(doc, ctx.lang) };
}

export async function planPdfFile(ctx: ServiceContext, id: string): Promise<PlanFile> {
  const { doc, approverInitials } = await documentData(ctx, id);
  return { fileName: fileName(doc), bytes: await planPdf(ctx.db, doc, ctx.lang, approverInitials) };
}
