import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createUser } from '../../test/factories.ts';
import { call, loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { workingDays } from './index.ts';

let t: TestApp;
let registrar: Client;
let student: Client;
let teacher: Client;
let yearId = '';

type Finding = { code: string; severity: string; message: string; where: Record<string, string> };
type Year = { id: string; terms: { kind: string; startDate: string; endDate: string }[]; periods: { id: string; kind: string; termKind: string | null; startDate: string; endDate: string }[]; holidays: { id: string; date: string; key: string | null; kind: string }[]; findings: Finding[]; isValid: boolean; canManage: boolean };

const audits = async (entityType: string) => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = 'calendar.manage' and entity_type = ${entityType}`))[0]!.n;
const year = async (client: Client = registrar) => (await client.get<Year>(`/api/calendar/years/${yearId}`)).body;
const orozo = { date: '2027-03-10', nameRu: 'Орозо айт', nameKy: 'Орозо айт', nameEn: 'Orozo Ait', kind: 'dayOff', key: 'orozoAit' };

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.database.db, { username: 'registrar', roles: [{ role: 'registrar' }] });
  await createUser(t.database.db, { username: 'student', roles: [{ role: 'student' }] });
  await createUser(t.database.db, { username: 'teacher', roles: [{ role: 'teacher' }] });
  registrar = await loginAs(t, 'registrar');
  student = await loginAs(t, 'student');
  teacher = await loginAs(t, 'teacher');
});
afterAll(() => t.close());

describe('a year from the preset', () => {
  it('is created by the registrar with terms and periods from the settings and the Kyrgyz holidays', async () => {
    const res = await registrar.send<Year>('POST', '/api/calendar/years', { startYear: 2026 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    yearId = res.body.id;
    expect(res.body).toMatchObject({ code: '2026-2027', startDate: '2026-09-01', endDate: '2027-08-31', isCurrent: true, canManage: true, isValid: true });
    expect(res.body.terms.map((term) => [term.kind, term.startDate, term.endDate])).toEqual([
      ['autumn', '2026-09-01', '2027-01-10'],
      ['spring', '2027-01-25', '2027-06-06'],
      ['summer', '2027-06-14', '2027-07-25'],
    ]);
    expect(res.body.periods.filter((p) => p.kind === 'addDrop').map((p) => [p.termKind, p.startDate, p.endDate])).toEqual([
      ['autumn', '2026-09-01', '2026-09-14'],
      ['spring', '2027-01-25', '2027-02-07'],
    ]);
    const holidays = new Map(res.body.holidays.map((h) => [h.date, h.kind]));
    expect(holidays.get('2027-03-21')).toBe('dayOff');
    expect(holidays.get('2026-11-07')).toBe('festive');
    expect(holidays.get('2027-01-06')).toBe('dayOff');
    // the lunar holidays of 2027 are not known yet: the registrar is reminded to enter them
    expect(res.body.findings.map((f) => [f.code, f.severity])).toEqual([['MOVABLE_HOLIDAY_MISSING', 'warning'], ['MOVABLE_HOLIDAY_MISSING', 'warning']]);
    expect(res.body.findings[0]?.message).toBe('«Орозо айт» ещё не внесён: добавьте дату, когда её объявит муфтият.');
    expect(await audits('academicYear')).toBe(1);
  });

  it('is refused a second time, in the reader’s language, and refused to those without the right', async () => {
    const again = await registrar.send('POST', '/api/calendar/years', { startYear: 2026 }, { 'accept-language': 'en' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'CALENDAR_YEAR_EXISTS', message: 'The calendar of 2026-2027 already exists — open it and edit it.' });
    for (const client of [student, teacher]) expect((await client.send('POST', '/api/calendar/years', { startYear: 2027 })).status).toBe(403);
    expect((await call(t, 'GET', '/api/calendar/years')).status).toBe(401);
    expect((await registrar.send('POST', '/api/calendar/years', { startYear: 1990 })).body.error.code).toBe('VALIDATION_FAILED');
    expect(await audits('academicYear')).toBe(1);
  });

  it('is read by everyone signed in, without the right to edit', async () => {
    const list = await student.get<{ code: string; isCurrent: boolean }[]>('/api/calendar/years');
    expect(list.body).toEqual([expect.objectContaining({ code: '2026-2027', isCurrent: true })]);
    expect(await year(student)).toMatchObject({ canManage: false, isValid: true });
  });

  it('says what is on today, as of the university’s day', async () => {
    const now = await student.get<{ today: string; term: { kind: string }; periods: { kind: string }[]; isWorkingDay: boolean; year: { code: string } }>('/api/calendar/current');
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ today: '2026-09-01', year: { code: '2026-2027' }, term: { kind: 'autumn' }, isWorkingDay: true });
    expect(now.body.periods.map((p) => p.kind).sort()).toEqual(['addDrop', 'orientation', 'registration']);
  });
});

describe('editing the calendar', () => {
  it('adds a holiday, refuses its date twice or outside the year, and audits each change', async () => {
    const added = await registrar.send<Year>('POST', `/api/calendar/years/${yearId}/holidays`, orozo);
    expect(added.status).toBe(201);
    expect(added.body.holidays.find((h) => h.date === '2027-03-10')).toMatchObject({ key: 'orozoAit', kind: 'dayOff' });
    expect(added.body.findings.map((f) => f.code)).toEqual(['MOVABLE_HOLIDAY_MISSING']);
    const twice = await registrar.send('POST', `/api/calendar/years/${yearId}/holidays`, orozo);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('На 10.03.2027 в календаре уже есть день: измените его вместо нового.');
    const outside = await registrar.send('POST', `/api/calendar/years/${yearId}/holidays`, { ...orozo, date: '2027-09-10' });
    expect(outside.status).toBe(400);
    expect(outside.body.error).toMatchObject({ code: 'CALENDAR_DATE_OUTSIDE_YEAR', message: '10.09.2027 вне учебного года (01.09.2026 – 31.08.2027).' });
    expect((await registrar.send('POST', `/api/calendar/years/${yearId}/holidays`, { ...orozo, date: '2027-02-30' })).body.error.code).toBe('VALIDATION_FAILED');
    expect(await audits('calendarHoliday')).toBe(1);
  });

  it('moves a holiday’s date and names what a change breaks', async () => {
    const kurman = await registrar.send<Year>('POST', `/api/calendar/years/${yearId}/holidays`, { ...orozo, date: '2027-05-16', key: 'kurmanAit', nameRu: 'Курман айт', nameKy: 'Курман айт', nameEn: 'Kurman Ait' });
    const id = kurman.body.holidays.find((h) => h.key === 'kurmanAit')!.id;
    const moved = await registrar.send<Year>('PATCH', `/api/calendar/years/${yearId}/holidays/${id}`, { date: '2027-05-17' });
    expect(moved.status).toBe(200);
    expect(moved.body.holidays.find((h) => h.id === id)).toMatchObject({ date: '2027-05-17', key: 'kurmanAit', kind: 'dayOff' });
    expect(moved.body.findings).toEqual([]);
  });

  it('shows a broken rule as a finding and refuses input that makes no sense, changing nothing', async () => {
    const addDrop = (await year()).periods.find((p) => p.kind === 'addDrop' && p.termKind === 'autumn')!;
    const longer = await registrar.send<Year>('PATCH', `/api/calendar/years/${yearId}/periods/${addDrop.id}`, { endDate: '2026-09-21' }, { 'accept-language': 'en' });
    expect(longer.status).toBe(200);
    expect(longer.body.isValid).toBe(false);
    const finding = longer.body.findings.find((f) => f.code === 'ADD_DROP_NOT_FIRST_WEEKS')!;
    expect(finding).toMatchObject({ severity: 'error', where: { periodId: addDrop.id, term: 'autumn' } });
    expect(finding.message).toBe('Add/drop of “Autumn term” is its first 2 weeks: from 01/09/2026 to 14/09/2026 at most (given 01/09/2026 – 21/09/2026).');
    expect(longer.body.periods.find((p) => p.id === addDrop.id)).toMatchObject({ kind: 'addDrop', termKind: 'autumn', startDate: '2026-09-01' });
    const reversed = await registrar.send('PATCH', `/api/calendar/years/${yearId}/periods/${addDrop.id}`, { startDate: '2026-09-30' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.message).toBe('Дата окончания (21.09.2026) раньше даты начала (30.09.2026).');
    expect((await registrar.send('PATCH', `/api/calendar/years/${yearId}/periods/${addDrop.id}`, { endDate: '2026-09-14' })).body.isValid).toBe(true);
    expect((await registrar.send('PATCH', `/api/calendar/years/${yearId}/periods/${addDrop.id}`, { colour: 'red' })).body.error.code).toBe('VALIDATION_FAILED');
    expect(await audits('calendarPeriod')).toBe(2);
  });

  it('adds and removes an official event, named in three languages', async () => {
    const unnamed = await registrar.send('POST', `/api/calendar/years/${yearId}/periods`, { kind: 'event', termKind: null, startDate: '2026-10-02', endDate: '2026-10-02' });
    expect(unnamed.body.error.code).toBe('CALENDAR_EVENT_NAME_REQUIRED');
    const event = { kind: 'event', termKind: null, startDate: '2026-10-02', endDate: '2026-10-02', nameRu: 'День университета', nameKy: 'Университеттин күнү', nameEn: 'University Day' };
    const added = await registrar.send<Year>('POST', `/api/calendar/years/${yearId}/periods`, event, { 'accept-language': 'ky' });
    expect(added.status).toBe(201);
    const row = added.body.periods.find((p) => p.kind === 'event') as unknown as { id: string; name: string };
    expect(row.name).toBe('Университеттин күнү');
    const removed = await registrar.send<Year>('DELETE', `/api/calendar/years/${yearId}/periods/${row.id}`);
    expect(removed.body.periods.some((p) => p.id === row.id)).toBe(false);
    expect((await registrar.send('DELETE', `/api/calendar/years/${yearId}/periods/${row.id}`)).status).toBe(404);
  });

  it('sets a term’s days, and keeps a term with periods', async () => {
    const summer = await registrar.send<Year>('PUT', `/api/calendar/years/${yearId}/terms/summer`, { startDate: '2027-06-14', endDate: '2027-08-01' });
    expect(summer.status).toBe(200);
    expect(summer.body.findings.map((f) => f.code)).toContain('SUMMER_TERM_TOO_LONG');
    await registrar.send('PUT', `/api/calendar/years/${yearId}/terms/summer`, { startDate: '2027-06-14', endDate: '2027-07-25' });
    const kept = await registrar.send('DELETE', `/api/calendar/years/${yearId}/terms/summer`);
    expect(kept.status).toBe(409);
    expect(kept.body.error.code).toBe('CALENDAR_TERM_HAS_PERIODS');
    expect((await teacher.send('PUT', `/api/calendar/years/${yearId}/terms/summer`, { startDate: '2027-06-14', endDate: '2027-07-25' })).status).toBe(403);
    expect(await audits('academicTerm')).toBe(2);
  });

  it('serializes edits of one year: the same day added at once is taken once', async () => {
    const body = { date: '2027-04-08', nameRu: 'День открытых дверей', nameKy: 'Ачык эшиктер күнү', nameEn: 'Open Day', kind: 'dayOff' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => registrar.send('POST', `/api/calendar/years/${yearId}/holidays`, body)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const id = (await year()).holidays.find((h) => h.date === '2027-04-08')!.id;
    expect((await registrar.send('DELETE', `/api/calendar/years/${yearId}/holidays/${id}`)).status).toBe(200);
  });
});

describe('the working-day service', () => {
  it('counts with the calendar’s days off and working days, and the preset where no year is', async () => {
    // August 2026 lies before the year: Independence Day (31 Aug) comes from the preset
    expect((await student.get('/api/calendar/working-days?from=2026-09-01&days=-10')).body).toEqual({ from: '2026-09-01', days: -10, day: '2026-08-17', isWorkingDay: true });
    const before = await workingDays({ db: t.database.db });
    expect(before.addWorkingDays('2026-09-01', 1)).toBe('2026-09-02');
    expect(before.isWorking('2027-03-10')).toBe(false);
    await registrar.send('POST', `/api/calendar/years/${yearId}/holidays`, { date: '2026-09-02', nameRu: 'Выходной', nameKy: 'Дем алыш', nameEn: 'Day off', kind: 'dayOff' });
    await registrar.send('POST', `/api/calendar/years/${yearId}/holidays`, { date: '2026-09-05', nameRu: 'Рабочая суббота', nameKy: 'Жумуш ишемби', nameEn: 'Working Saturday', kind: 'workday' });
    const after = await workingDays({ db: t.database.db });
    expect(after.addWorkingDays('2026-09-01', 1)).toBe('2026-09-03');
    expect(after.addWorkingDays('2026-09-04', 1)).toBe('2026-09-05');
    expect(after.subtractWorkingDays('2026-09-07', 2)).toBe('2026-09-04');
    expect(after.countWorkingDays('2026-09-01', '2026-09-07')).toBe(4);
    // a festive working day is worked
    expect(after.isWorking('2026-11-09')).toBe(true);
    expect(after.isWorking('2027-11-08')).toBe(true);
    expect((await student.get('/api/calendar/working-days?from=2026-09-01&days=abc')).status).toBe(400);
  });
});
