import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  createYearBody,
  currentDto,
  holidayBody,
  holidayUpdateBody,
  itemParam,
  periodBody,
  periodUpdateBody,
  termBody,
  termParam,
  updateYearBody,
  workingDayDto,
  workingDayQuery,
  yearDto,
  yearParam,
  yearSummaryDto,
} from '../../../shared/modules/calendar/calendar.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import * as items from './calendar.items.service.ts';
import * as years from './calendar.years.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['calendar'];
const read = 'calendar.read' as const;
const manage = 'calendar.manage' as const;
const year = ok(yearDto, 'the year with its terms, periods, holidays and findings');

const yearsRoute = route({ method: 'get', path: '/calendar/years', tags, summary: 'The academic years of the calendar', permission: read, responses: { 200: ok(z.array(yearSummaryDto)) } });
const createYearRoute = route({ method: 'post', path: '/calendar/years', tags, summary: 'Create a year’s calendar from the preset (terms and periods from the settings, Kyrgyz holidays filled in)', permission: manage, request: { body: json(createYearBody) }, responses: { 201: year, ...refusals } });
const currentRoute = route({ method: 'get', path: '/calendar/current', tags, summary: 'What is on today: the year, term and periods as of the university’s day', permission: read, responses: { 200: ok(currentDto) } });
const workingDayRoute = route({ method: 'get', path: '/calendar/working-days', tags, summary: 'The n-th working day from a day (negative: before it), as deadlines are counted', permission: read, request: { query: workingDayQuery }, responses: { 200: ok(workingDayDto), ...refusals } });
const yearRoute = route({ method: 'get', path: '/calendar/years/{id}', tags, summary: 'One year with its terms, periods, holidays and validation findings', permission: read, request: { params: yearParam }, responses: { 200: year, ...refusals } });
const updateYearRoute = route({ method: 'patch', path: '/calendar/years/{id}', tags, summary: 'Move the year’s first or last day', permission: manage, request: { params: yearParam, body: json(updateYearBody) }, responses: { 200: year, ...refusals } });
const putTermRoute = route({ method: 'put', path: '/calendar/years/{id}/terms/{kind}', tags, summary: 'Set a term’s days (adds it when missing)', permission: manage, request: { params: termParam, body: json(termBody) }, responses: { 200: year, ...refusals } });
const deleteTermRoute = route({ method: 'delete', path: '/calendar/years/{id}/terms/{kind}', tags, summary: 'Remove a term no period refers to', permission: manage, request: { params: termParam }, responses: { 200: year, ...refusals } });
const createPeriodRoute = route({ method: 'post', path: '/calendar/years/{id}/periods', tags, summary: 'Add a period', permission: manage, request: { params: yearParam, body: json(periodBody) }, responses: { 201: year, ...refusals } });
const updatePeriodRoute = route({ method: 'patch', path: '/calendar/years/{id}/periods/{itemId}', tags, summary: 'Change a period', permission: manage, request: { params: itemParam, body: json(periodUpdateBody) }, responses: { 200: year, ...refusals } });
const deletePeriodRoute = route({ method: 'delete', path: '/calendar/years/{id}/periods/{itemId}', tags, summary: 'Remove a period', permission: manage, request: { params: itemParam }, responses: { 200: year, ...refusals } });
const createHolidayRoute = route({ method: 'post', path: '/calendar/years/{id}/holidays', tags, summary: 'Add a holiday, a day off or a transferred working day', permission: manage, request: { params: yearParam, body: json(holidayBody) }, responses: { 201: year, ...refusals } });
const updateHolidayRoute = route({ method: 'patch', path: '/calendar/years/{id}/holidays/{itemId}', tags, summary: 'Change a holiday (e.g. the announced date of Orozo Ait)', permission: manage, request: { params: itemParam, body: json(holidayUpdateBody) }, responses: { 200: year, ...refusals } });
const deleteHolidayRoute = route({ method: 'delete', path: '/calendar/years/{id}/holidays/{itemId}', tags, summary: 'Remove a holiday', permission: manage, request: { params: itemParam }, responses: { 200: year, ...refusals } });

export function calendarRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(yearsRoute, async (c) => c.json(await years.listYears(contextOf(c)), 200));
  app.openapi(createYearRoute, async (c) => c.json(await years.createYear(contextOf(c), c.req.valid('json')), 201));
  app.openapi(currentRoute, async (c) => c.json(await years.getCurrent(contextOf(c)), 200));
  app.openapi(workingDayRoute, async (c) => c.json(await years.workingDayFrom(contextOf(c), c.req.valid('query')), 200));
  app.openapi(yearRoute, async (c) => c.json(await years.getYear(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(updateYearRoute, async (c) => c.json(await years.updateYear(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(putTermRoute, async (c) => {
    const { id, kind } = c.req.valid('param');
    return c.json(await items.putTerm(contextOf(c), id, kind, c.req.valid('json')), 200);
  });
  app.openapi(deleteTermRoute, async (c) => {
    const { id, kind } = c.req.valid('param');
    return c.json(await items.deleteTerm(contextOf(c), id, kind), 200);
  });
  app.openapi(createPeriodRoute, async (c) => c.json(await items.createPeriod(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(updatePeriodRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await items.updatePeriod(contextOf(c), id, itemId, c.req.valid('json')), 200);
  });
  app.openapi(deletePeriodRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await items.deletePeriod(contextOf(c), id, itemId), 200);
  });
  app.openapi(createHolidayRoute, async (c) => c.json(await items.createHoliday(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(updateHolidayRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await items.updateHoliday(contextOf(c), id, itemId, c.req.valid('json')), 200);
  });
  app.openapi(deleteHolidayRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await items.deleteHoliday(contextOf(c), id, itemId), 200);
  });
}
