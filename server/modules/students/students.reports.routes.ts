import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { contingentQuery, contingentReportDto } from '../../../shared/modules/students/students-reports.contracts.ts';
import { asOfQuery } from '../../../shared/modules/students/students.contracts.ts';
import { pdfDisposition } from '../../platform/documents/pdf.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { attachment } from './students.export.format.ts';
import { groupListPdf, studentCardPdf, type PdfFile } from './students.reports.documents.ts';
import { contingentReport } from './students.reports.service.ts';
import { contingentWorkbook } from './students.reports.xlsx.ts';

/** Contingent reports (JSON, XLSX) and the printable documents of student records (PDF). */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema };
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });

const contingentRoute = route({ method: 'get', path: '/reports/contingent', tags: ['reports'], summary: 'The contingent as of a date, grouped by the chosen dimensions, with distributions', permission: 'students.report.read', request: { query: contingentQuery }, responses: { 200: ok(contingentReportDto), ...refusals } });
const contingentXlsxRoute = route({ method: 'get', path: '/reports/contingent.xlsx', tags: ['reports'], summary: 'The contingent report as XLSX', permission: 'students.report.read', request: { query: contingentQuery }, responses: { 200: file(XLSX_TYPE, 'XLSX'), ...refusals } });
const groupListPdfRoute = route({ method: 'get', path: '/groups/{id}/students/list.pdf', tags: ['structure'], summary: 'The printable group list as of a date (PDF)', permission: 'students.student.read', request: { params: idParam, query: asOfQuery }, responses: { 200: file('application/pdf', 'PDF'), ...refusals } });
const cardPdfRoute = route({ method: 'get', path: '/students/{id}/card.pdf', tags: ['students'], summary: 'The printable personal card of a student (PDF)', permission: 'students.student.read', request: { params: idParam }, responses: { 200: file('application/pdf', 'PDF'), ...refusals } });

const pdf = (pdfFile: PdfFile) =>
  new Response(pdfFile.bytes, { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': pdfDisposition(pdfFile.fileName), 'Cache-Control': 'no-store' } });

export function studentsReportsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(contingentRoute, async (c) => c.json(await contingentReport(contextOf(c), c.req.valid('query')), 200));
  app.openapi(contingentXlsxRoute, async (c) => {
    const ctx = contextOf(c);
    const report = await contingentReport(ctx, c.req.valid('query'));
    const bytes = await contingentWorkbook(report, ctx.lang);
    return new Response(bytes, { status: 200, headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(`contingent-${report.date}`, 'xlsx'), 'Cache-Control': 'no-store' } });
  });
  app.openapi(groupListPdfRoute, async (c) => pdf(await groupListPdf(contextOf(c), c.req.valid('param').id, c.req.valid('query').date)));
  app.openapi(cardPdfRoute, async (c) => pdf(await studentCardPdf(contextOf(c), c.req.valid('param').id)));
}
