import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { idParam, pageOf } from '../../../shared/modules/identity/identity.contracts.ts';
import {
  asOfQuery,
  createOrderBody,
  createStudentBody,
  groupBody,
  groupDto,
  groupUpdateBody,
  listOrdersQuery,
  orderDto,
  programBody,
  programDto,
  searchStudentsQuery,
  studentDto,
  studentsPageDto,
  updateStudentBody,
} from '../../../shared/modules/students/students.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as ordersService from './students.orders.service.ts';
import * as records from './students.records.service.ts';
import * as structure from './students.structure.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const groupListDto = z.object({ date: z.string(), items: z.array(z.object({ id: z.string(), username: z.string(), fullName: z.string(), status: z.string(), studyForm: z.string(), funding: z.string() })) });

const programsRoute = route({ method: 'get', path: '/programs', tags: ['structure'], summary: 'Programs', permission: 'students.structure.read', responses: { 200: ok(z.array(programDto)) } });
const createProgramRoute = route({ method: 'post', path: '/programs', tags: ['structure'], summary: 'Create a program', permission: 'students.structure.manage', request: { body: json(programBody) }, responses: { 201: ok(programDto), ...refusals } });
const groupsRoute = route({ method: 'get', path: '/groups', tags: ['structure'], summary: 'Groups with year of study and size', permission: 'students.structure.read', responses: { 200: ok(z.array(groupDto)) } });
const createGroupRoute = route({ method: 'post', path: '/groups', tags: ['structure'], summary: 'Create a group', permission: 'students.structure.manage', request: { body: json(groupBody) }, responses: { 201: ok(groupDto), ...refusals } });
const groupRoute = route({ method: 'get', path: '/groups/{id}', tags: ['structure'], summary: 'One group', permission: 'students.structure.read', request: { params: idParam }, responses: { 200: ok(groupDto), ...refusals } });
const updateGroupRoute = route({ method: 'patch', path: '/groups/{id}', tags: ['structure'], summary: 'Curator, starosta, language', permission: 'students.structure.manage', request: { params: idParam, body: json(groupUpdateBody) }, responses: { 200: ok(groupDto), ...refusals } });
const groupListRoute = route({ method: 'get', path: '/groups/{id}/students', tags: ['structure'], summary: 'The group list as of a date', permission: 'students.student.read', request: { params: idParam, query: asOfQuery }, responses: { 200: ok(groupListDto), ...refusals } });
const searchRoute = route({ method: 'get', path: '/students', tags: ['students'], summary: 'Search students', permission: 'students.student.read', request: { query: searchStudentsQuery }, responses: { 200: ok(studentsPageDto) } });
const createStudentRoute = route({ method: 'post', path: '/students', tags: ['students'], summary: 'Create a student card', permission: 'students.student.manage', request: { body: json(createStudentBody) }, responses: { 201: ok(studentDto), ...refusals } });
const studentRoute = route({ method: 'get', path: '/students/{id}', tags: ['students'], summary: 'A student card with history', permission: 'students.student.read', request: { params: idParam }, responses: { 200: ok(studentDto), ...refusals } });
const updateStudentRoute = route({ method: 'patch', path: '/students/{id}', tags: ['students'], summary: 'Edit a student card', permission: 'students.student.manage', request: { params: idParam, body: json(updateStudentBody) }, responses: { 200: ok(studentDto), ...refusals } });
const ordersRoute = route({ method: 'get', path: '/orders', tags: ['orders'], summary: 'Orders', permission: 'students.order.read', request: { query: listOrdersQuery }, responses: { 200: ok(pageOf(orderDto)) } });
const orderRoute = route({ method: 'get', path: '/orders/{id}', tags: ['orders'], summary: 'One order', permission: 'students.order.read', request: { params: idParam }, responses: { 200: ok(orderDto), ...refusals } });
const createOrderRoute = route({ method: 'post', path: '/orders', tags: ['orders'], summary: 'Draft an order', permission: 'students.order.create', request: { body: json(createOrderBody) }, responses: { 201: ok(orderDto), ...refusals } });
const signOrderRoute = route({ method: 'post', path: '/orders/{id}/sign', tags: ['orders'], summary: 'Sign an order (applies it)', permission: 'students.order.sign', request: { params: idParam }, responses: { 200: ok(orderDto), ...refusals } });

export function studentsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(programsRoute, async (c) => c.json(await structure.getPrograms(contextOf(c)), 200));
  app.openapi(createProgramRoute, async (c) => c.json(await structure.createProgram(contextOf(c), c.req.valid('json')), 201));
  app.openapi(groupsRoute, async (c) => c.json(await structure.getGroups(contextOf(c)), 200));
  app.openapi(createGroupRoute, async (c) => c.json(await structure.createGroup(contextOf(c), c.req.valid('json')), 201));
  app.openapi(groupRoute, async (c) => c.json(await structure.getGroup(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(updateGroupRoute, async (c) => c.json(await structure.updateGroup(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(groupListRoute, async (c) => c.json(await records.groupList(contextOf(c), c.req.valid('param').id, c.req.valid('query').date), 200));
  app.openapi(searchRoute, async (c) => c.json(await records.searchStudents(contextOf(c), c.req.valid('query')), 200));
  app.openapi(createStudentRoute, async (c) => c.json(await records.createStudent(contextOf(c), c.req.valid('json')), 201));
  app.openapi(studentRoute, async (c) => c.json(await records.getStudent(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(updateStudentRoute, async (c) => c.json(await records.updateStudent(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(ordersRoute, async (c) => c.json(await ordersService.listOrders(contextOf(c), c.req.valid('query')), 200));
  app.openapi(orderRoute, async (c) => c.json(await ordersService.getOrder(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(createOrderRoute, async (c) => c.json(await ordersService.createOrder(contextOf(c), c.req.valid('json')), 201));
  app.openapi(signOrderRoute, async (c) => c.json(await ordersService.signOrder(contextOf(c), c.req.valid('param').id), 200));
}
