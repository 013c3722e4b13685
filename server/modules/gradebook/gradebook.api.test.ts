import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_SCALE } from '../../../shared/modules/gradebook/rules/grading-scale.ts';
import { auditLog } from '../../platform/audit/audit.tables.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { campus, STUDENT_PASSWORD, type Campus } from '../registration/registration.fixtures.ts';
import { finalResults } from './gradebook.tables.ts';
import { passedDisciplines, recordFinalResult, recordFinalResults, recordFinalResultsInBulk, type FinalResultInput } from './index.ts';

let t: TestApp;
let c: Campus;
let ctx: ServiceContext;
const as: Record<string, Client> = {};
const d: Record<string, string> = {};

const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });

beforeAll(async () => {
  t = await createTestApp();
  c = await campus(t);
  const db = t.database.db;
  const registrar = await createUser(db, { username: 'registrar', roles: [{ role: 'registrar' }] });
  ctx = { db, actor: { userId: registrar, username: 'registrar', lang: 'en', grants: [{ role: 'registrar', scopeUnitId: null, scopeStudentId: null }], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 'test', lang: 'en', ip: null, userAgent: null, services: {} as never };
  for (const [username, roles] of [
    ['dean1', [{ role: 'deansOffice', scopeUnitId: c.tree.faculty1 }]],
    ['cashier', [{ role: 'cashier' }]],
    ['mama', [{ role: 'parent', scopeStudentId: c.a.userId }]],
  ] as const) {
    await createUser(db, { username, roles: [...roles] });
    as[username] = await loginAs(t, username);
  }
  as.registrar = await loginAs(t, 'registrar');
  as.root = await loginAs(t, 'root');
  as.studentA = await loginAs(t, 'st-a', STUDENT_PASSWORD);
  for (const [code, controlForm] of [['MATH', 'exam'], ['HIST', 'exam'], ['PHYS', 'exam'], ['PE', 'credit'], ['CHEM', 'exam']] as const) {
    const res = await as.root.send('POST', '/api/disciplines', { code, nameRu: `Дисциплина ${code}`, nameKy: `Сабак ${code}`, nameEn: `Discipline ${code}`, departmentId: c.tree.department1, credits: 4, hours: hours(4), controlForm, languages: ['ru'] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    d[code] = res.body.id;
  }
});
afterAll(() => t.close());

const input = (disciplineId: string, points: number | null, letter: FinalResultInput['letter'] = null, term: FinalResultInput['term'] = 'autumn', academicYear = '2025-2026', studentId = c.a.id): FinalResultInput => ({ studentId, disciplineId, academicYear, term, points, letter, source: 'gradesheet' });
const record = (inputs: FinalResultInput[]) => t.database.db.transaction((tx) => recordFinalResults(ctx, tx, inputs));
const results = (client: Client, studentId = c.a.id) => client.get(`/api/students/${studentId}/results`, { 'accept-language': 'en' });

describe('recording final results', () => {
  it('takes the letter and grade point from the scale, numbers attempts, and audits once per student', async () => {
    const first = await record([input(d.MATH!, 20), input(d.HIST!, 83), input(d.PHYS!, 50), input(d.PE!, null, 'pass'), input(d.CHEM!, 45, 'I'), input(d.HIST!, 70, null, 'autumn', '2025-2026', c.b.id)]);
    expect(first.map((r) => [r.letter, r.gradePoint, r.attempt])).toEqual([['F', 0, 1], ['B', 3.25, 1], ['FX', 1, 1], ['pass', null, 1], ['I', null, 1], ['C', 2.75, 1]]);
    const again = await t.database.db.transaction((tx) => recordFinalResult(ctx, tx, input(d.MATH!, 72, null, 'spring', '2025-2026')));
    expect(again).toMatchObject({ letter: 'C', gradePoint: 2.75, attempt: 2 });
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'gradebook.result.record'), eq(auditLog.entityId, c.a.id)));
    expect(rows.map((r) => (r.after as unknown[]).length)).toEqual([5, 1]);
  });

  it('refuses points that disagree with the letter, a bad year, an unknown discipline — recording nothing', async () => {
    const count = async () => (await t.database.db.select().from(finalResults)).length;
    const before = await count();
    await expect(record([input(d.PHYS!, 90), input(d.CHEM!, 87, 'A')])).rejects.toMatchObject({ code: 'FINAL_RESULT_INVALID', details: { index: 1, problem: 'pointsDisagree' } });
    await expect(record([input(d.PHYS!, 90, null, 'autumn', '2025-2027')])).rejects.toMatchObject({ code: 'FINAL_RESULT_INVALID', details: { problem: 'academicYear' } });
    await expect(record([input(d.PHYS!, null, null)])).rejects.toMatchObject({ code: 'FINAL_RESULT_INVALID', details: { problem: 'missing' } });
    await expect(record([input('00000000-0000-4000-8000-000000000009', 90)])).rejects.toMatchObject({ code: 'DISCIPLINE_NOT_FOUND' });
    await expect(record([input(d.PHYS!, 90, null, 'autumn', '2025-2026', '00000000-0000-4000-8000-000000000009')])).rejects.toMatchObject({ code: 'STUDENT_NOT_FOUND' });
    expect(await count()).toBe(before);
  });

  it('gives concurrent recordings of one discipline distinct attempts', async () => {
    const made = await Promise.all([1, 2, 3].map((i) => t.database.db.transaction((tx) => recordFinalResult(ctx, tx, input(d.PHYS!, 40 + i, null, 'summer', '2025-2026', c.b.id)))));
    expect(made.map((r) => r.attempt).sort()).toEqual([1, 2, 3]);
  });
});

describe('what is passed (the newest attempt counts)', () => {
  it('counts D or better and a passed credit, on the newest attempt only', async () => {
    expect(await passedDisciplines({ db: t.database.db }, c.a.id)).toEqual([d.MATH!, d.HIST!, d.PE!].sort());
    expect(await passedDisciplines({ db: t.database.db }, c.b.id)).toEqual([d.HIST!]);
  });
});

describe('GET /api/students/{id}/results', () => {
  it('shows the student every attempt in the order of study, with the mark, the 5-point mark and what counts', async () => {
    const res = await results(as.studentA!);
    expect(res.status).toBe(200);
    const rows = res.body.items.map((r: { disciplineCode: string; term: string; points: number | null; letter: string; fivePoint: number | null; attempt: number; isLatest: boolean; isPassed: boolean }) => [r.disciplineCode, r.term, r.points, r.letter, r.fivePoint, r.attempt, r.isLatest, r.isPassed]);
    expect(rows).toEqual([
      ['CHEM', 'autumn', 45, 'I', null, 1, true, false],
      ['HIST', 'autumn', 83, 'B', 4, 1, true, true],
      ['MATH', 'autumn', 20, 'F', 2, 1, false, false],
      ['PE', 'autumn', null, 'pass', null, 1, true, true],
      ['PHYS', 'autumn', 50, 'FX', 2, 1, true, false],
      ['MATH', 'spring', 72, 'C', 3, 2, true, true],
    ]);
    expect(res.body.items[0]).toMatchObject({ disciplineName: 'Discipline CHEM', credits: 4, source: 'gradesheet', recordedBy: { fullName: expect.stringContaining('registrar') } });
    expect(res.body.passedDisciplineIds).toEqual([d.MATH!, d.HIST!, d.PE!].sort());
  });

  it('is read by the student themself, their parent, the dean’s office of their faculty and the registrar — nobody else', async () => {
    expect((await results(as.studentA!, c.b.id)).status).toBe(403);
    expect((await results(as.mama!)).status).toBe(200);
    expect((await results(as.mama!, c.b.id)).status).toBe(403);
    expect((await results(as.dean1!)).status).toBe(200);
    expect((await results(as.dean1!, c.b.id)).status).toBe(403);
    expect((await results(as.registrar!, c.b.id)).status).toBe(200);
    expect((await results(as.cashier!)).status).toBe(403);
    expect((await results(as.registrar!, '00000000-0000-4000-8000-000000000009')).status).toBe(404);
  });
});

describe('the grading scale is a setting', () => {
  it('refuses a scale with a gap, and records new results by a changed scale (recorded ones keep theirs)', async () => {
    const gap = DEFAULT_GRADING_SCALE.map((b) => (b.letter === 'D' ? { ...b, minPoints: 62 } : b));
    const refused = await as.root!.send('PUT', '/api/admin/settings/gradebook.gradingScale', { value: gap });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('SETTING_INVALID');
    // a stricter university: D from 65, D+ from 68
    const strict = DEFAULT_GRADING_SCALE.map((b) => (b.letter === 'D+' ? { ...b, minPoints: 68 } : b.letter === 'D' ? { ...b, minPoints: 65, maxPoints: 67 } : b.letter === 'FX' ? { ...b, maxPoints: 64 } : b));
    expect((await as.root!.send('PUT', '/api/admin/settings/gradebook.gradingScale', { value: strict })).status).toBe(200);
    const recorded = await t.database.db.transaction((tx) => recordFinalResult(ctx, tx, input(d.CHEM!, 63, null, 'spring')));
    expect(recorded).toMatchObject({ letter: 'FX', attempt: 2 });
    expect((await results(as.studentA!)).body.items.find((r: { disciplineCode: string }) => r.disciplineCode === 'HIST')).toMatchObject({ letter: 'B', gradePoint: 3.25 });
    expect((await as.root!.send('PUT', '/api/admin/settings/gradebook.gradingScale', { value: DEFAULT_GRADING_SCALE })).status).toBe(200);
  });
});

describe('recording a history in bulk', () => {
  it('numbers attempts after the ones recorded, within the batch too, and audits once per student', async () => {
    const auditsOf = async (studentId: string) => (await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'gradebook.result.record'), eq(auditLog.entityId, studentId)))).length;
    const [auditsA, auditsB] = [await auditsOf(c.a.id), await auditsOf(c.b.id)];
    // a has 2 attempts of MATH, b 3 of PHYS (the concurrent recordings above), b none of PE
    const made = await t.database.db.transaction((tx) =>
      recordFinalResultsInBulk(ctx, tx, [input(d.MATH!, 80, null, 'summer', '2026-2027'), input(d.PHYS!, 70, null, 'autumn', '2026-2027', c.b.id), input(d.PHYS!, 75, null, 'spring', '2026-2027', c.b.id), input(d.PE!, null, 'pass', 'autumn', '2026-2027', c.b.id)]),
    );
    expect(made).toBe(4);
    const rows = await t.database.db.select().from(finalResults).where(eq(finalResults.academicYear, '2026-2027'));
    const attempts = Object.fromEntries(rows.map((r) => [`${r.studentId === c.a.id ? 'a' : 'b'}/${r.disciplineId === d.MATH ? 'MATH' : r.disciplineId === d.PHYS ? 'PHYS' : 'PE'}/${r.term}`, [r.letter, r.attempt]]));
    expect(attempts).toEqual({ 'a/MATH/summer': ['B', 3], 'b/PHYS/autumn': ['C', 4], 'b/PHYS/spring': ['C+', 5], 'b/PE/autumn': ['pass', 1] });
    expect([await auditsOf(c.a.id), await auditsOf(c.b.id)]).toEqual([auditsA + 1, auditsB + 1]);
  });

  it('refuses the whole batch for one bad row, recording nothing', async () => {
    const count = async () => (await t.database.db.select().from(finalResults)).length;
    const before = await count();
    const bulk = (inputs: FinalResultInput[]) => t.database.db.transaction((tx) => recordFinalResultsInBulk(ctx, tx, inputs));
    await expect(bulk([input(d.HIST!, 90, null, 'autumn', '2026-2027'), input(d.CHEM!, 87, 'A', 'autumn', '2026-2027')])).rejects.toMatchObject({ code: 'FINAL_RESULT_INVALID', details: { index: 1, problem: 'pointsDisagree' } });
    await expect(bulk([input(d.HIST!, 90, null, 'autumn', '2026-2027', '00000000-0000-4000-8000-000000000009')])).rejects.toMatchObject({ code: 'STUDENT_NOT_FOUND' });
    await expect(bulk([input('00000000-0000-4000-8000-000000000009', 90, null, 'autumn', '2026-2027')])).rejects.toMatchObject({ code: 'DISCIPLINE_NOT_FOUND' });
    expect(await count()).toBe(before);
  });
});
