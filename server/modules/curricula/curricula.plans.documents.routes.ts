import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { planImportResultDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { pdfDisposition } from '../../platform/documents/pdf.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { dryRunOf, fileDisposition, readUploadForm } from '../../platform/http/uploads.ts';
import { planPdfFile, planXlsxFile } from './curricula.plans.documents.ts';
import { importPlan, type PlanImportRequest } from './curricula.plans.import.ts';

/** A plan as XLSX (and back into a draft from it) and as a printable PDF. */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['curricula'];
const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });

const importForm = {
  type: 'object' as const,
  required: ['file'],
  properties: {
    file: { type: 'string' as const, format: 'binary', description: 'the .xlsx as GET /plans/{id}/plan.xlsx writes it (headers in ru, ky or en)' },
    dryRun: { type: 'string' as const, enum: ['true', 'false'], default: 'true', description: 'true: check and report the findings, save nothing' },
  },
};

const xlsxRoute = route({ method: 'get', path: '/plans/{id}/plan.xlsx', tags, summary: 'The plan as the workbook a department keeps (and imports back)', permission: 'curricula.plan.read', request: { params: idParam }, responses: { 200: file(XLSX_TYPE, 'XLSX'), ...refusals } });
const pdfRoute = route({ method: 'get', path: '/plans/{id}/plan.pdf', tags, summary: 'The printable plan (landscape A4)', permission: 'curricula.plan.read', request: { params: idParam }, responses: { 200: file('application/pdf', 'PDF'), ...refusals } });
const importRoute = route({
  method: 'post',
  path: '/plans/{id}/import',
  tags,
  summary: 'Replace a draft’s content from its XLSX (one bad row: 422, nothing saved; dryRun: only the report)',
  permission: 'curricula.plan.manage',
  request: { params: idParam, body: { required: true, content: { 'multipart/form-data': { schema: importForm } } } },
  responses: { 200: ok(planImportResultDto), ...refusals, 422: errorSchema },
});

async function importRequestOf(c: Context<AppEnv>): Promise<PlanImportRequest> {
  const { form, bytes } = await readUploadForm(c, 'IMPORT_FILE_MISSING');
  return { bytes, dryRun: dryRunOf(c, form) };
}

export function curriculaPlanDocumentsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(xlsxRoute, async (c) => {
    const { fileName, bytes } = await planXlsxFile(contextOf(c), c.req.valid('param').id);
    return new Response(bytes, { status: 200, headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': fileDisposition(fileName, 'xlsx'), 'Cache-Control': 'no-store' } });
  });
  app.openapi(pdfRoute, async (c) => {
    const { fileName, bytes } = await planPdfFile(contextOf(c), c.req.valid('param').id);
    return new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': pdfDisposition(fileName), 'Cache-Control': 'no-store' } });
  });
  app.openapi(importRoute, async (c) => {
    const id = c.req.valid('param').id;
    const request = await importRequestOf(c);
    return c.json(await importPlan(contextOf(c), id, request), 200);
  });
}
