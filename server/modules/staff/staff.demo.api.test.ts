import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyStaffChange, rateToHundredths, type Appointment } from '../../../shared/modules/staff/rules/appointment-change.ts';
import { checkPersonalNumber } from '../../../shared/modules/students/rules/personal-documents.ts';
import { buildDemo, DEMO_PASSWORD, seedDemo } from '../../demo/generate.ts';
import { loginAs } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, 1, t.clock.now);
});
afterAll(() => t.close());

describe('the demo staff', () => {
  const { staff, users, grants } = buildDemo('h', 1);

  it('gives every teacher and the head of department a card with a valid personal number', () => {
    const teachers = new Set(grants.filter((g) => g.role === 'teacher' || g.role === 'department').map((g) => g.userId));
    expect(staff.cards.map((c) => c.userId).sort()).toEqual([...teachers].sort());
    expect(users.filter((u) => teachers.has(u.id)).map((u) => u.username)).toEqual(expect.arrayContaining(['t0001', 't0030', 'teacher', 'department']));
    const today = new Date('2026-09-01');
    expect(staff.cards.every((c) => checkPersonalNumber(c.personalNumber!, today, { birthDate: c.birthDate, gender: c.gender }).problems.length === 0)).toBe(true);
    expect(new Set(staff.orders.map((o) => `${o.year}/${o.number}`)).size).toBe(staff.orders.length);
  });

  it('has appointments that the signed orders, replayed through the rule, produce exactly', () => {
    for (const c of staff.cards) {
      let open: Appointment[] = [];
      for (const order of staff.orders.filter((o) => o.cardId === c.id).sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))) {
        const params = order.params as Record<string, any>;
        const change = order.kind === 'transfer' ? { kind: 'transfer' as const, appointmentId: params.appointmentId, to: { rate: rateToHundredths(params.rate)! } } : order.kind === 'hire' ? { ...params, kind: 'hire' as const, unitIsDepartment: true, rate: rateToHundredths(params.rate)! } : order.kind === 'dismissal' ? { kind: 'dismissal' as const, appointmentId: null } : params;
        const outcome = applyStaffChange(open, change as never, { minRate: 10, maxTotalRate: 150 });
        expect(outcome.ok, `${order.kind} of ${c.id}`).toBe(true);
        if (!outcome.ok) continue;
        const made = staff.appointments.filter((a) => a.orderId === order.id);
        expect(made.map((a) => [a.unitId, a.positionId, rateToHundredths(a.rate), a.employment, a.status])).toEqual(outcome.open.map((a) => [a.unitId, a.positionId, a.rate, a.employment, a.status]));
        open = [...open.filter((a) => !outcome.close.includes(a.id)), ...made.map((a) => ({ id: a.id, unitId: a.unitId, positionId: a.positionId, rate: rateToHundredths(a.rate)!, employment: a.employment, status: a.status }))];
      }
      expect(open.map((a) => a.id).sort()).toEqual(staff.appointments.filter((a) => a.cardId === c.id && !a.validTo).map((a) => a.id).sort());
    }
    expect(new Set(staff.orders.map((o) => o.kind))).toEqual(new Set(['hire', 'transfer', 'leave', 'award', 'dismissal']));
  });

  it('shows the teacher their own card and the head of department the department’s staff', async () => {
    const teacher = await loginAs(t, 'teacher', DEMO_PASSWORD);
    const mine = await teacher.get('/api/staff/cards/me');
    expect(mine.body.current).toHaveLength(1);
    const head = await loginAs(t, 'department', DEMO_PASSWORD);
    const list = (await head.get('/api/staff/list')).body.items as { cardId: string; unitId: string; positionName: string }[];
    expect(new Set(list.map((r) => r.unitId))).toEqual(new Set([mine.body.current[0].unitId]));
    expect(list.map((r) => r.cardId)).toContain(mine.body.id);
    expect(list.map((r) => r.positionName)).toContain('Заведующий кафедрой');
    const hr = await loginAs(t, 'hr', DEMO_PASSWORD);
    const report = (await hr.get('/api/staff/report')).body;
    expect(report.totals.headcount).toBeGreaterThan(25);
    expect(report.byEmployment.find((r: { employment: string }) => r.employment === 'internalPartTime').headcount).toBeGreaterThan(0);
  });
});
