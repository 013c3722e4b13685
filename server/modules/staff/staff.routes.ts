import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { idParam, pageOf } from '../../../shared/modules/identity/identity.contracts.ts';
import {
  cardDto,
  cardsPageDto,
  createCardBody,
  createStaffOrderBody,
  listStaffOrdersQuery,
  positionBody,
  positionDto,
  searchCardsQuery,
  staffListDto,
  staffListQuery,
  staffOrderDto,
  staffReportDto,
  updateCardBody,
} from '../../../shared/modules/staff/staff.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as cards from './staff.cards.service.ts';
import { staffListXlsx } from './staff.export.ts';
import * as lists from './staff.lists.service.ts';
import * as staffOrders from './staff.orders.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['staff'];

const positionsRoute = route({ method: 'get', path: '/staff/positions', tags, summary: 'The positions catalog', permission: 'staff.card.read', responses: { 200: ok(z.array(positionDto)) } });
const createPositionRoute = route({ method: 'post', path: '/staff/positions', tags, summary: 'Add a position', permission: 'staff.card.manage', request: { body: json(positionBody) }, responses: { 201: ok(positionDto), ...refusals } });
const cardsRoute = route({ method: 'get', path: '/staff/cards', tags, summary: 'Search staff cards', permission: 'staff.card.read', request: { query: searchCardsQuery }, responses: { 200: ok(cardsPageDto) } });
const myCardRoute = route({ method: 'get', path: '/staff/cards/me', tags, summary: 'My own staff card (null when I have none)', permission: 'staff.card.read', responses: { 200: ok(cardDto.nullable()) } });
const createCardRoute = route({ method: 'post', path: '/staff/cards', tags, summary: 'Create the staff card of a person', permission: 'staff.card.manage', request: { body: json(createCardBody) }, responses: { 201: ok(cardDto), ...refusals } });
const cardRoute = route({ method: 'get', path: '/staff/cards/{id}', tags, summary: 'A staff card with its appointments and awards', permission: 'staff.card.read', request: { params: idParam }, responses: { 200: ok(cardDto), ...refusals } });
const updateCardRoute = route({ method: 'patch', path: '/staff/cards/{id}', tags, summary: 'Edit a staff card (never its appointments)', permission: 'staff.card.manage', request: { params: idParam, body: json(updateCardBody) }, responses: { 200: ok(cardDto), ...refusals } });
const ordersRoute = route({ method: 'get', path: '/staff/orders', tags, summary: 'HR orders', permission: 'staff.order.read', request: { query: listStaffOrdersQuery }, responses: { 200: ok(pageOf(staffOrderDto)) } });
const orderRoute = route({ method: 'get', path: '/staff/orders/{id}', tags, summary: 'One HR order', permission: 'staff.order.read', request: { params: idParam }, responses: { 200: ok(staffOrderDto), ...refusals } });
const createOrderRoute = route({ method: 'post', path: '/staff/orders', tags, summary: 'Draft an HR order', permission: 'staff.order.create', request: { body: json(createStaffOrderBody) }, responses: { 201: ok(staffOrderDto), ...refusals } });
const signOrderRoute = route({ method: 'post', path: '/staff/orders/{id}/sign', tags, summary: 'Sign an HR order (applies it)', permission: 'staff.order.sign', request: { params: idParam }, responses: { 200: ok(staffOrderDto), ...refusals } });
const listRoute = route({ method: 'get', path: '/staff/list', tags, summary: 'The staff list of a unit as of a date', permission: 'staff.card.read', request: { query: staffListQuery }, responses: { 200: ok(staffListDto), ...refusals } });
const exportRoute = route({ method: 'get', path: '/staff/list/export.xlsx', tags, summary: 'The staff list as XLSX', permission: 'staff.card.read', request: { query: staffListQuery }, responses: { 200: { description: 'XLSX', content: { [XLSX_TYPE]: { schema: z.string() } } }, ...refusals } });
const reportRoute = route({ method: 'get', path: '/staff/report', tags, summary: 'Headcount and rates by department, position, degree, title, employment and age', permission: 'staff.report.read', request: { query: staffListQuery }, responses: { 200: ok(staffReportDto), ...refusals } });

export function staffRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(positionsRoute, async (c) => c.json(await cards.getPositions(contextOf(c)), 200));
  app.openapi(createPositionRoute, async (c) => c.json(await cards.createPosition(contextOf(c), c.req.valid('json')), 201));
  app.openapi(cardsRoute, async (c) => c.json(await cards.searchCards(contextOf(c), c.req.valid('query')), 200));
  app.openapi(myCardRoute, async (c) => c.json(await cards.getOwnCard(contextOf(c)), 200));
  app.openapi(createCardRoute, async (c) => c.json(await cards.createCard(contextOf(c), c.req.valid('json')), 201));
  app.openapi(cardRoute, async (c) => c.json(await cards.getCard(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(updateCardRoute, async (c) => c.json(await cards.updateCard(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(ordersRoute, async (c) => c.json(await staffOrders.listStaffOrders(contextOf(c), c.req.valid('query')), 200));
  app.openapi(orderRoute, async (c) => c.json(await staffOrders.getStaffOrder(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(createOrderRoute, async (c) => c.json(await staffOrders.createStaffOrder(contextOf(c), c.req.valid('json')), 201));
  app.openapi(signOrderRoute, async (c) => c.json(await staffOrders.signStaffOrder(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(listRoute, async (c) => c.json(await lists.staffList(contextOf(c), c.req.valid('query')), 200));
  app.openapi(exportRoute, async (c) => {
    const ctx = contextOf(c);
    const file = await staffListXlsx(await lists.staffList(ctx, c.req.valid('query')), ctx.lang);
    const disposition = `attachment; filename="${file.fileName}.xlsx"`;
    return c.body(file.bytes, 200, { 'Content-Type': XLSX_TYPE, 'Content-Disposition': disposition, 'Cache-Control': 'no-store' });
  });
  app.openapi(reportRoute, async (c) => c.json(await lists.staffReport(contextOf(c), c.req.valid('query')), 200));
}
