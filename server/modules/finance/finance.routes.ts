import type { OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { paymentDto, priceDto, priceListDto, pricesQuery, recordPaymentBody, studentPaymentsDto, tuitionDto, tuitionQuery, upsertPriceBody } from '../../../shared/modules/finance/finance.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as payments from './finance.payments.service.ts';
import * as prices from './finance.prices.service.ts';
import { getTuition } from './finance.tuition.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['finance'];

const pricesRoute = route({ method: 'get', path: '/finance/prices', tags, summary: 'The price of one credit by program and study form for an academic year (the current one by default)', permission: 'finance.price.read', request: { query: pricesQuery }, responses: { 200: ok(priceListDto), ...refusals } });
const setPriceRoute = route({ method: 'put', path: '/finance/prices', tags, summary: 'Set the price of one credit for a program, study form and academic year', permission: 'finance.price.manage', request: { body: json(upsertPriceBody) }, responses: { 200: ok(priceDto), ...refusals } });
const paymentsRoute = route({ method: 'get', path: '/students/{id}/payments', tags, summary: "A student's payments, newest first", permission: 'finance.payment.read', request: { params: idParam }, responses: { 200: ok(studentPaymentsDto), ...refusals } });
const recordRoute = route({ method: 'post', path: '/students/{id}/payments', tags, summary: 'Record a payment of a student (tuition of a term or a re-study prepayment)', permission: 'finance.payment.record', request: { params: idParam, body: json(recordPaymentBody) }, responses: { 201: ok(paymentDto), ...refusals } });
const tuitionRoute = route({ method: 'get', path: '/students/{id}/tuition', tags, summary: "A student's tuition for a term: ИУП credits × price, paid, due", permission: 'finance.payment.read', request: { params: idParam, query: tuitionQuery }, responses: { 200: ok(tuitionDto), ...refusals } });

export function financeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(pricesRoute, async (c) => c.json(await prices.listPrices(contextOf(c), c.req.valid('query').academicYear), 200));
  app.openapi(setPriceRoute, async (c) => c.json(await prices.setPrice(contextOf(c), c.req.valid('json')), 200));
  app.openapi(paymentsRoute, async (c) => c.json(await payments.listStudentPayments(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(recordRoute, async (c) => c.json(await payments.recordPayment(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(tuitionRoute, async (c) => c.json(await getTuition(contextOf(c), c.req.valid('param').id, c.req.valid('query')), 200));
}
