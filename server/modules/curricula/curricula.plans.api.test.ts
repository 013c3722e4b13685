import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let department: Client;
let registrar: Client;
let student: Client;
let admin: Client;
let programId = '';
const ids: Record<string, string> = {};

const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });
/** A master's plan: 4 semesters × 5 disciplines of 6 credits; M<s>1 builds on M<s-1>1. */
const codes = Array.from({ length: 4 }, (_, s) => Array.from({ length: 5 }, (_, d) => `M${s + 1}${d + 1}`)).flat();
const semesterOf = (code: string) => Number(code[1]);
const line = (code: string, semester = semesterOf(code)) => ({ disciplineId: ids[code]!, semester, groupKind: 'fixed', cycle: 'professional', component: 'university' });
const content = (lines = codes.map((c) => line(c))) => ({ semesters: 4, attestationCredits: 0, lines, electiveGroups: [], practices: [] });
const auditCount = async (planId: string) => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity_type = 'studyPlan' and entity_id = ${planId}`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const tree = await createUnitTree(t.database.db);
  await createUser(t.database.db, { username: 'admin1', roles: [{ role: 'administrator' }] });
  await createUser(t.database.db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  await createUser(t.database.db, { username: 'reg1', roles: [{ role: 'registrar' }] });
  await createUser(t.database.db, { username: 'stud1', roles: [{ role: 'student', scopeUnitId: tree.group1 }] });
  admin = await loginAs(t, 'admin1');
  department = await loginAs(t, 'dep1');
  registrar = await loginAs(t, 'reg1');
  student = await loginAs(t, 'stud1');
  const program = await admin.send('POST', '/api/programs', { code: '680100', nameRu: 'Магистратура', nameKy: 'Магистратура', nameEn: 'Master', level: 'master', durationYears: 2, credits: 120, languages: ['ru'], departmentId: tree.department1 });
  programId = program.body.id;
  for (const code of codes) {
    const prerequisites = code.endsWith('1') && code !== 'M11' ? [`M${semesterOf(code) - 1}1`] : [];
    const res = await department.send('POST', '/api/disciplines', { code, nameRu: `Дисциплина ${code}`, nameKy: `Сабак ${code}`, nameEn: `Discipline ${code}`, departmentId: tree.department1, credits: 6, hours: hours(6), controlForm: 'exam', languages: ['ru'], prerequisites });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[code] = res.body.id;
  }
});
afterAll(() => t.close());

describe('a working plan', () => {
  let draftId = '';

  it('is drafted by the program’s department, checked line by line, and cannot be approved with errors', async () => {
    const created = await department.send('POST', '/api/plans', { programId, kind: 'working', admissionYear: 2026 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, semesters: 4, canManage: true, canApprove: false });
    draftId = created.body.id;
    // M21 (needs M11) put into semester 1: its prerequisite is not before it
    const broken = await department.send('PUT', `/api/plans/${draftId}/content`, content(codes.map((c) => line(c, c === 'M21' ? 1 : semesterOf(c)))));
    expect(broken.status, JSON.stringify(broken.body)).toBe(200);
    expect(broken.body.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['PREREQUISITE_NOT_BEFORE', 'SEMESTER_TOTAL']));
    const refused = await registrar.send('POST', `/api/plans/${draftId}/approve`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('PLAN_HAS_ERRORS');
    expect(refused.body.error.details.findings[0].message).toContain('M21');
    expect((await registrar.get(`/api/plans/${draftId}`)).body.status).toBe('draft');
  });

  it('is approved by the registrar once sound, and then never changes', async () => {
    const sound = await department.send('PUT', `/api/plans/${draftId}/content`, content());
    expect(sound.body).toMatchObject({ findings: [], semesterCredits: [30, 30, 30, 30], totalCredits: 120 });
    expect(sound.body.lines[0]).toMatchObject({ code: 'M11', credits: 6, midterms: 2, controlForm: 'exam' });
    expect((await department.send('POST', `/api/plans/${draftId}/approve`)).status).toBe(403);
    const approved = await registrar.send('POST', `/api/plans/${draftId}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', canManage: false });
    const edit = await department.send('PUT', `/api/plans/${draftId}/content`, content());
    expect(edit.body.error.code).toBe('PLAN_NOT_DRAFT');
    // a change in the catalog does not reach the approved plan
    await department.send('PATCH', `/api/disciplines/${ids.M45}`, { credits: 4, hours: hours(4) });
    expect((await student.get(`/api/plans/${draftId}`)).body.lines.find((l: { code: string }) => l.code === 'M45').credits).toBe(6);
    expect(await auditCount(draftId)).toBe(4);
  });

  it('changes only through a new version; the old one stays readable, superseded; versions compare', async () => {
    const [a, b] = await Promise.all([department.send('POST', `/api/plans/${draftId}/versions`), department.send('POST', `/api/plans/${draftId}/versions`)]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const v2 = (a.status === 201 ? a : b).body;
    expect(v2).toMatchObject({ version: 2, status: 'draft', basedOnId: draftId });
    expect(v2.lines).toHaveLength(20);
    const moved = content(codes.filter((c) => c !== 'M45').map((c) => line(c)).concat([line('M45', 4)]));
    moved.lines = moved.lines.map((l) => (l.disciplineId === ids.M24 ? { ...l, component: 'state' } : l.disciplineId === ids.M23 ? { ...l, track: 'minor' } : l));
    const saved = await department.send('PUT', `/api/plans/${v2.id}/content`, moved);
    expect(saved.body.lines.find((l: { code: string }) => l.code === 'M45').credits).toBe(4);
    const diff = await student.get(`/api/plans/${draftId}/compare/${v2.id}`);
    expect(diff.body).toEqual({
      added: [],
      removed: [],
      plan: [],
      changed: [
        { code: 'M23', changes: [{ field: 'track', from: 'major', to: 'minor' }] },
        { code: 'M24', changes: [{ field: 'component', from: 'university', to: 'state' }] },
        { code: 'M45', changes: expect.arrayContaining([{ field: 'credits', from: 6, to: 4 }]) },
      ],
    });
    // 118 credits is still a master's plan; semester 4 gets a warning only
    expect((await registrar.send('POST', `/api/plans/${v2.id}/approve`)).status).toBe(200);
    const all = (await student.get(`/api/plans?programId=${programId}`)).body.map((p: { version: number; status: string }) => [p.version, p.status]);
    expect(all).toEqual([[2, 'approved'], [1, 'superseded']]);
  });

  it('is copied to the next admission year as a draft, and a working plan needs its year', async () => {
    const copy = await department.send('POST', `/api/plans/${draftId}/copy`, { admissionYear: 2027 });
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);
    expect(copy.body).toMatchObject({ kind: 'working', admissionYear: 2027, version: 1, status: 'draft', totalCredits: 120 });
    expect((await department.send('POST', '/api/plans', { programId, kind: 'working' })).body.error.code).toBe('PLAN_YEAR_REQUIRED');
    expect((await student.send('POST', '/api/plans', { programId, kind: 'base' })).status).toBe(403);
  });
});

describe('Major and Minor lines', () => {
  it('keep their track through a save; a line sent without one is Major; a Minor in the state component is an error', async () => {
    const draft = await department.send('POST', '/api/plans', { programId, kind: 'working', admissionYear: 2030 });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const withTracks = content(codes.map((c) => (c === 'M12' ? { ...line(c), track: 'minor' } : c === 'M13' ? { ...line(c), track: 'major' } : c === 'M14' ? { ...line(c), track: 'minor', component: 'elective' } : line(c))));
    const saved = await department.send('PUT', `/api/plans/${draft.body.id}/content`, withTracks);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.findings).toEqual([]);
    const read = await student.get(`/api/plans/${draft.body.id}`);
    const trackOf = (body: { lines: { code: string; track: string }[] }, code: string) => body.lines.find((l) => l.code === code)?.track;
    expect([trackOf(read.body, 'M11'), trackOf(read.body, 'M12'), trackOf(read.body, 'M13'), trackOf(read.body, 'M14')]).toEqual(['major', 'minor', 'major', 'minor']);
    const rows = await queryRows<{ code: string; track: string }>(t.database.db, sql`select d.code, l.track from study_plan_lines l join disciplines d on d.id = l.discipline_id where l.plan_id = ${draft.body.id} and l.track = 'minor' order by d.code`);
    expect(rows).toEqual([{ code: 'M12', track: 'minor' }, { code: 'M14', track: 'minor' }]);
    const inState = await department.send('PUT', `/api/plans/${draft.body.id}/content`, content(codes.map((c) => (c === 'M12' ? { ...line(c), track: 'minor', component: 'state' } : line(c)))), { 'accept-language': 'en' });
    expect(inState.body.findings).toMatchObject([{ code: 'MINOR_IN_STATE_COMPONENT', severity: 'error', where: { discipline: 'M12' }, message: expect.stringContaining('M12: a Minor (additional educational program) discipline is in the state component') }]);
    const refused = await registrar.send('POST', `/api/plans/${draft.body.id}/approve`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'PLAN_HAS_ERRORS']);
    const unknown = await department.send('PUT', `/api/plans/${draft.body.id}/content`, content(codes.map((c) => (c === 'M12' ? { ...line(c), track: 'side' } : line(c)))));
    expect(unknown.status).toBe(400);
  });
});

describe('the final attestation of a plan', () => {
  it('holds its forms with their credits, their sum the plan’s credits; a master’s needs the dissertation defence, each form once', async () => {
    const draft = await department.send('POST', '/api/plans', { programId, kind: 'working', admissionYear: 2031 });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const id = draft.body.id;
    // semester 4 without M44 and M45: 18 credits of lines and 12 of the attestation
    const withForms = (attestation: unknown[], extra: Record<string, unknown> = {}) => ({ ...content(codes.filter((c) => c !== 'M44' && c !== 'M45').map((c) => line(c))), attestationCredits: undefined, attestation, ...extra });
    const forms = [{ form: 'complexExam', credits: 4 }, { form: 'dissertationDefense', credits: 8 }];
    const saved = await department.send('PUT', `/api/plans/${id}/content`, withForms(forms));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ attestationCredits: 12, attestation: forms, semesterCredits: [30, 30, 30, 30], findings: [] });
    const rows = await queryRows<{ form: string; credits: number }>(t.database.db, sql`select form, credits from study_plan_attestation where plan_id = ${id} order by position`);
    expect(rows).toEqual(forms);

    const missing = await department.send('PUT', `/api/plans/${id}/content`, withForms([{ form: 'complexExam', credits: 4 }, { form: 'thesisDefense', credits: 8 }]), { 'accept-language': 'en' });
    expect(missing.body.findings).toMatchObject([{ code: 'ATTESTATION_FORM_MISSING', severity: 'error', where: { semester: 4 }, message: expect.stringContaining('“Master\'s dissertation defence”') }]);
    const repeated = await department.send('PUT', `/api/plans/${id}/content`, withForms([...forms, { form: 'complexExam', credits: 0 }]));
    expect(repeated.body.findings.map((f: { code: string }) => f.code)).toEqual(['ATTESTATION_FORM_REPEATED']);
    expect([(await registrar.send('POST', `/api/plans/${id}/approve`)).body.error.code]).toEqual(['PLAN_HAS_ERRORS']);
    // credits alone (a caller naming no forms) are still accepted, and found wanting
    const alone = await department.send('PUT', `/api/plans/${id}/content`, { ...withForms(forms), attestation: undefined, attestationCredits: 12 });
    expect(alone.body).toMatchObject({ attestationCredits: 12, attestation: [] });
    expect(alone.body.findings.map((f: { code: string }) => f.code)).toEqual(['ATTESTATION_FORM_MISSING']);
    // credits that are not the forms' sum are refused
    expect((await department.send('PUT', `/api/plans/${id}/content`, withForms(forms, { attestationCredits: 10 }))).status).toBe(400);

    await department.send('PUT', `/api/plans/${id}/content`, withForms(forms));
    expect((await registrar.send('POST', `/api/plans/${id}/approve`)).status).toBe(200);
    const v2 = (await department.send('POST', `/api/plans/${id}/versions`)).body;
    expect(v2.attestation).toEqual(forms);
    await department.send('PUT', `/api/plans/${v2.id}/content`, withForms([{ form: 'complexExam', credits: 2 }, { form: 'dissertationDefense', credits: 8 }, { form: 'stateExam', credits: 2 }]));
    const diff = await student.get(`/api/plans/${id}/compare/${v2.id}`);
    expect(diff.body.plan).toEqual([{ field: 'attestation.complexExam', from: 4, to: 2 }, { field: 'attestation.stateExam', from: null, to: 2 }]);
  });
});

describe('weekly hours of a line', () => {
  it('are the classroom and supervised hours over the teaching weeks the settings hold', async () => {
    const plans = (await student.get(`/api/plans?programId=${programId}`)).body as { id: string }[];
    const weekly = async () => {
      const plan = (await student.get(`/api/plans/${plans[0]!.id}`)).body;
      return { weeks: plan.teachingWeeks, m11: plan.lines.find((l: { code: string }) => l.code === 'M11').weeklyHours };
    };
    // 6 credits: 30 lecture + 30 practice + 0 lab hours, 30 of СРСП
    expect(await weekly()).toEqual({ weeks: 15, m11: { classroom: 4, supervised: 2 } });
    const changed = await admin.send('PUT', '/api/admin/settings/curricula.teachingWeeksPerSemester', { value: 16 });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(await weekly()).toEqual({ weeks: 16, m11: { classroom: 3.8, supervised: 1.9 } });
    expect((await admin.send('PUT', '/api/admin/settings/curricula.teachingWeeksPerSemester', { value: 9 })).status).toBe(400);
    expect((await admin.send('PUT', '/api/admin/settings/curricula.teachingWeeksPerSemester', { value: 15 })).status).toBe(200);
    expect(await weekly()).toEqual({ weeks: 15, m11: { classroom: 4, supervised: 2 } });
  });
});
