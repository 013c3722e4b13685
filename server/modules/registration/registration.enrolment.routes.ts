import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { individualPlanDto } from '../../../shared/modules/curricula/curricula.individual.contracts.ts';
import { idParam } from '../../../shared/modules/identity/identity.contracts.ts';
import { addPlanLineBody, closeTermBody, closeTermDto, enrolBody, enrolmentDto, enrolResultDto, planStepBody, returnPlanBody, waitlistEntryDto } from '../../../shared/modules/registration/registration.enrolment.contracts.ts';
import type { PlanAction } from '../../../shared/modules/registration/rules/registration.ts';
import type { AppEnv } from '../../platform/http/context.ts';
import { errorSchema, json, ok } from '../../platform/http/openapi.ts';
import { route } from '../../platform/http/route.ts';
import { contextOf } from '../../platform/http/service-context.ts';
import { closeTerm } from './registration.close.service.ts';
import * as enrolment from './registration.enrolment.service.ts';
import { planStep } from './registration.flow.service.ts';
import { addPlanLine, removePlanLine } from './registration.plans.service.ts';
import * as waitlist from './registration.waitlist.service.ts';

const refusals = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['registration'];
const lineParam = z.object({ id: z.string().uuid(), lineId: z.string().uuid() });

const enrolRoute = route({ method: 'post', path: '/students/{id}/enrolments', tags, summary: 'Take a place in a section for a line of the ИУП (or join its waitlist when full and asked)', permission: 'registration.enrolment.manage', request: { params: idParam, body: json(enrolBody) }, responses: { 201: ok(enrolResultDto), ...refusals } });
const dropRoute = route({ method: 'post', path: '/enrolments/{id}/drop', tags, summary: 'Leave a place in a section (the seat passes to the waitlist)', permission: 'registration.enrolment.manage', request: { params: idParam }, responses: { 200: ok(enrolmentDto), ...refusals } });
const acceptOfferRoute = route({ method: 'post', path: '/waitlist/{id}/accept', tags, summary: 'Accept a seat offered from the waitlist before its deadline', permission: 'registration.enrolment.manage', request: { params: idParam }, responses: { 201: ok(enrolmentDto), ...refusals } });
const declineRoute = route({ method: 'post', path: '/waitlist/{id}/decline', tags, summary: 'Decline an offered seat (it passes to the next in line)', permission: 'registration.enrolment.manage', request: { params: idParam }, responses: { 200: ok(waitlistEntryDto), ...refusals } });
const withdrawRoute = route({ method: 'post', path: '/waitlist/{id}/withdraw', tags, summary: 'Leave a waitlist', permission: 'registration.enrolment.manage', request: { params: idParam }, responses: { 200: ok(waitlistEntryDto), ...refusals } });
const addLineRoute = route({ method: 'post', path: '/individual-plans/{id}/lines', tags, summary: 'Choose an elective of the working plan, or add a re-study, to the ИУП', permission: 'registration.enrolment.manage', request: { params: idParam, body: json(addPlanLineBody) }, responses: { 201: ok(individualPlanDto), ...refusals } });
const removeLineRoute = route({ method: 'post', path: '/individual-plans/{id}/lines/{lineId}/remove', tags, summary: 'Take a chosen elective or re-study out of the ИУП', permission: 'registration.enrolment.manage', request: { params: lineParam }, responses: { 200: ok(individualPlanDto), ...refusals } });
const closeRoute = route({ method: 'post', path: '/registration/close', tags, summary: "Close a term's registration: cancel electives under their minimum, propose extra sections", permission: 'registration.term.close', request: { body: json(closeTermBody) }, responses: { 200: ok(closeTermDto), ...refusals } });

const STEPS: { path: string; action: PlanAction; permission: Parameters<typeof route>[0]['permission']; summary: string }[] = [
  { path: 'submit', action: 'submit', permission: 'registration.plan.submit', summary: 'Submit the ИУП to the advisor (after the term’s checks)' },
  { path: 'withdraw', action: 'withdraw', permission: 'registration.plan.submit', summary: 'Withdraw a submitted ИУП to change it' },
  { path: 'approve', action: 'approve', permission: 'registration.plan.approve', summary: 'Approve an ИУП as its advisor' },
  { path: 'approve-change', action: 'approveChange', permission: 'registration.plan.approveChange', summary: 'Approve an add/drop change as the dean’s office' },
  { path: 'accept', action: 'accept', permission: 'registration.plan.accept', summary: 'Accept an ИУП as the registrar’s office' },
];
// the office whose step the plan waits for returns it; every such office reads registration reports
const returnRoute = route({ method: 'post', path: '/individual-plans/{id}/return', tags, summary: 'Return an ИУП under review to the student, with the reason', permission: 'registration.report.read', request: { params: idParam, body: json(returnPlanBody) }, responses: { 200: ok(individualPlanDto), ...refusals } });

export function enrolmentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(enrolRoute, async (c) => c.json(await enrolment.enrol(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(dropRoute, async (c) => c.json(await enrolment.dropEnrolment(contextOf(c), c.req.valid('param').id), 200));
  app.openapi(acceptOfferRoute, async (c) => c.json(await waitlist.acceptOffer(contextOf(c), c.req.valid('param').id), 201));
  app.openapi(declineRoute, async (c) => c.json(await waitlist.leaveWaitlist(contextOf(c), c.req.valid('param').id, 'decline'), 200));
  app.openapi(withdrawRoute, async (c) => c.json(await waitlist.leaveWaitlist(contextOf(c), c.req.valid('param').id, 'withdraw'), 200));
  app.openapi(addLineRoute, async (c) => c.json(await addPlanLine(contextOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  app.openapi(removeLineRoute, async (c) => c.json(await removePlanLine(contextOf(c), c.req.valid('param').id, c.req.valid('param').lineId), 200));
  for (const step of STEPS) {
    const stepRoute = route({ method: 'post', path: `/individual-plans/{id}/${step.path}`, tags, summary: step.summary, permission: step.permission!, request: { params: idParam, body: json(planStepBody) }, responses: { 200: ok(individualPlanDto), ...refusals } });
    app.openapi(stepRoute, async (c) => c.json(await planStep(contextOf(c), c.req.valid('param').id, step.action, c.req.valid('json').note ?? null), 200));
  }
  app.openapi(returnRoute, async (c) => c.json(await planStep(contextOf(c), c.req.valid('param').id, 'return', c.req.valid('json').note), 200));
  app.openapi(closeRoute, async (c) => c.json(await closeTerm(contextOf(c), c.req.valid('json')), 200));
}
