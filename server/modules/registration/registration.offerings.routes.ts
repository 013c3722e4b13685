import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { addSectionBody, generateOfferingsBody, generateOfferingsDto, listOfferingsQuery, offeringDto, offeringsPageDto, sectionDto, teacherOptionDto, teachersQuery, updateSectionBody } from '../../../shared/modules/registration/registration.offerings.contracts.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { generateOfferings } from './registration.offerings.generate.ts';
import * as offerings from './registration.offerings.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['registration'];
const read = 'registration.offering.read';
const manage = 'registration.offering.manage';

const generateRoute = route({ method: 'post', path: '/offerings/generate', tags, summary: "Generate a term's offerings and sections from the approved working plans (existing ones are kept)", permission: manage, request: { body: json(generateOfferingsBody) }, responses: { 200: ok(generateOfferingsDto), ...refusals } });
const listRoute = route({ method: 'get', path: '/offerings', tags, summary: 'Offerings of a term with their sections', permission: read, request: { query: listOfferingsQuery }, responses: { 200: ok(offeringsPageDto), ...refusals } });
const oneRoute = route({ method: 'get', path: '/offerings/{id}', tags, summary: 'One offering with its sections', permission: read, request: { params: idParam }, responses: { 200: ok(offeringDto), ...refusals } });
const teachersRoute = route({ method: 'get', path: '/offerings/{id}/teachers', tags, summary: "Who may teach its sections: the department's staff, or anyone on the staff by name", permission: manage, request: { params: idParam, query: teachersQuery }, responses: { 200: ok(z.array(teacherOptionDto)), ...refusals } });
const addRoute = route({ method: 'post', path: '/offerings/{id}/sections', tags, summary: 'Add a section (numbered next within its kind)', permission: manage, request: { params: idParam, body: json(addSectionBody) }, responses: { 201: ok(sectionDto), ...refusals } });
const updateRoute = route({ method: 'patch', path: '/sections/{id}', tags, summary: "Change a section's teacher, capacity (never below the seats taken) or minimum", permission: manage, request: { params: idParam, body: json(updateSectionBody) }, responses: { 200: ok(sectionDto), ...refusals } });
const cancelRoute = route({ method: 'post', path: '/sections/{id}/cancel', tags, summary: 'Cancel a section nobody is enrolled in', permission: manage, request: { params: idParam }, responses: { 200: ok(sectionDto), ...refusals } });

export function offeringRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(generateRoute, async (c) => c.json(await generateOfferings(contextOf(c), c.req.valid('json')), 200));
  app.openapi(listRoute, async (c) => c.json(await offerings.listOfferings(contextOf(c), c.req.valid('query')), 200));
  app.openapi(oneRoute, async (c) => c.json(await offerings.getOffering(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(teachersRoute, async (c) => c.json(await offerings.teacherOptions(contextOf(c), c.req.valid('param').id, c.req.valid('query').q), 200));
  app.openapi(addRoute, async (c) => c.json(await offerings.addSection(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(updateRoute, async (c) => c.json(await offerings.updateSection(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(cancelRoute, async (c) => c.json(await offerings.cancelSection(contextOf(c), c.req.valid('param').id), 200));
}
