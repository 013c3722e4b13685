import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { asOfQuery, searchStudentsQuery } from '../../../shared/modules/students/students.contracts.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { dryRunOf, readUploadForm } from '../../platform/http/uploads.ts';
import { attachment, csvChunks, xlsxStream } from './students.export.format.ts';
import { exportGroup, exportStudents, type ExportTable } from './students.export.service.ts';
import { importReport, importStudents, type ImportRequest } from './students.import.service.ts';
import { IMPORT_FIELDS } from './students.import.values.ts';

/** Import of student cards from a file, and exports of student lists (mounted before /students/{id}). */

/** The one route whose body may exceed the global limit (config IMPORT_LIMIT_BYTES instead of BODY_LIMIT_BYTES). */
export const STUDENT_IMPORT_PATH = '/api/students/import';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 413: errorSchema };

const importForm = {
  type: 'object' as const,
  required: ['file', 'mapping'],
  properties: {
    file: { type: 'string' as const, format: 'binary', description: '.csv (UTF-8, `;` or `,`) or .xlsx (first sheet); the first non-empty row is the header' },
    mapping: { type: 'string' as const, description: `JSON: our field → the file's column header. Fields: ${IMPORT_FIELDS.join(', ')}` },
    dryRun: { type: 'string' as const, enum: ['true', 'false'], default: 'true', description: 'true: only check and report' },
  },
};

const importRoute = route({
  method: 'post',
  path: '/students/import',
  tags: ['students'],
  summary: 'Import student cards from CSV or XLSX (dry run reports every bad row; a real run imports all or nothing)',
  permission: 'students.student.manage',
  request: { body: { required: true, content: { 'multipart/form-data': { schema: importForm } } } },
  responses: { 200: ok(importReport, 'dry run: the report'), 201: ok(importReport, 'every row imported'), ...refusals },
});

const exportQuery = searchStudentsQuery.omit({ page: true, pageSize: true });
const csvQuery = exportQuery.extend({ separator: z.enum(['comma', 'semicolon']).default('comma') });
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string() } } });

const exportXlsxRoute = route({ method: 'get', path: '/students/export.xlsx', tags: ['students'], summary: 'The students search as XLSX (all pages)', permission: 'students.student.read', request: { query: exportQuery }, responses: { 200: file(XLSX_TYPE, 'XLSX'), ...refusals } });
const exportCsvRoute = route({ method: 'get', path: '/students/export.csv', tags: ['students'], summary: 'The students search as CSV (all pages)', permission: 'students.student.read', request: { query: csvQuery }, responses: { 200: file('text/csv', 'CSV'), ...refusals } });
const exportGroupRoute = route({ method: 'get', path: '/groups/{id}/students/export.xlsx', tags: ['structure'], summary: 'The group list as of a date, as XLSX', permission: 'students.student.read', request: { params: idParam, query: asOfQuery }, responses: { 200: file(XLSX_TYPE, 'XLSX'), ...refusals } });

/** The multipart form of an import, refused field by field in the user's language. */
async function importRequestOf(c: Context<AppEnv>): Promise<ImportRequest> {
  const { form, file, bytes } = await readUploadForm(c, 'IMPORT_FILE_MISSING');
  const mapping = form.get('mapping');
  if (typeof mapping !== 'string') throw new AppError('IMPORT_MAPPING_INVALID', {}, { reason: 'missing' });
  return { fileName: file.name, bytes, mapping, dryRun: dryRunOf(c, form) };
}

function sendXlsx(c: Context<AppEnv>, table: ExportTable) {
  const logger = c.get('logger');
  const body = xlsxStream(table, (err) => logger.error({ err }, 'xlsx export failed while streaming'));
  return c.body(body, 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(table.fileName, 'xlsx'), 'Cache-Control': 'no-store' });
}

export function studentsTransferRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(importRoute, async (c) => {
    const request = await importRequestOf(c);
    const report = await importStudents(contextOf(c), request);
    return c.json(report, request.dryRun ? 200 : 201);
  });
  app.openapi(exportXlsxRoute, async (c) => sendXlsx(c, await exportStudents(contextOf(c), c.req.valid('query'))));
  app.openapi(exportCsvRoute, async (c) => {
    const ctx = contextOf(c);
    const { separator, ...query } = c.req.valid('query');
    const table = await exportStudents(ctx, query);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', attachment(table.fileName, 'csv'));
    c.header('Cache-Control', 'no-store');
    return stream(c, async (out) => {
      for await (const chunk of csvChunks(table, ctx.lang, separator === 'semicolon' ? ';' : ',')) await out.write(chunk);
    });
  });
  app.openapi(exportGroupRoute, async (c) => sendXlsx(c, await exportGroup(contextOf(c), c.req.valid('param').id, c.req.valid('query').date)));
}
