import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import type { OfferingDto, OfferingsPageDto, SectionDto } from '../../../../shared/modules/registration/registration.offerings.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const TEACHER = 'c0000000-0000-4000-8000-000000000001';
const section = (id: string, extra: Partial<SectionDto>): SectionDto => ({ id, offeringId: 'o1', kind: 'lecture', number: 1, teacherId: null, teacherName: null, capacity: 100, minSize: 40, taken: 0, seatsLeft: 100, status: 'open', ...extra });
const LEC: OfferingDto = {
  id: 'o1',
  disciplineId: 'd1',
  disciplineCode: 'INF201',
  disciplineName: 'Базы данных',
  departmentId: 'dep1',
  departmentName: 'Кафедра информатики',
  academicYear: 2026,
  term: 'autumn',
  language: 'ru',
  isElective: false,
  expectedStudents: 48,
  status: 'open',
  sections: [section('s1', { teacherId: TEACHER, teacherName: 'Осмонов Бакыт', taken: 12, seatsLeft: 88 }), section('s2', { kind: 'practice', capacity: 25, minSize: 20, taken: 25, seatsLeft: 0 })],
  canManage: true,
};
const ENG: OfferingDto = { ...LEC, id: 'o2', disciplineCode: 'ENG101', disciplineName: 'Английский язык', departmentName: 'Кафедра языков', isElective: true, canManage: false, sections: [section('s3', { offeringId: 'o2', kind: 'practice', capacity: 12, minSize: 6, seatsLeft: 12 })] };
const page = (items: OfferingDto[]): OfferingsPageDto => ({ items, total: items.length, page: 1, pageSize: 25 });
const current: CurrentDto = { today: '2026-09-07', year: { id: 'y', code: '2026-2027', startYear: 2026, startDate: '2026-09-01', endDate: '2027-08-31', isCurrent: true }, term: { id: 't', kind: 'autumn', startDate: '2026-09-01', endDate: '2027-01-10' }, periods: [], nextTerm: null, isWorkingDay: true };

function serve(items: OfferingDto[], onMutation: (request: SeenRequest) => Response = () => jsonResponse(200, {})) {
  return stubApi((request) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (request.method !== 'GET') return onMutation(request);
    if (path === '/api/calendar/current') return jsonResponse(200, current);
    if (path === '/api/offerings') return jsonResponse(200, page(items));
    if (path === '/api/offerings/o1/teachers') return jsonResponse(200, [{ userId: TEACHER, fullName: 'Осмонов Бакыт', unitName: 'Кафедра информатики' }]);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

const table = async () => screen.findByTestId('offerings-table', {}, { timeout: 5000 });

describe('the offerings page', { timeout: 20_000 }, () => {
  it("shows the current term's offerings with their sections, and generates them after a confirmation", async () => {
    const api = serve([LEC, ENG], () => jsonResponse(200, { academicYear: 2026, term: 'autumn', groups: 12, created: 40, sections: 95, kept: 2 }));
    renderApp('/offerings', meWithRoles(['registrar']));
    const rows = within(await table()).getAllByTestId('offering-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('INF201 · Базы данных');
    expect(rows[0]!.textContent).toContain('ожидается студентов: 48');
    const [stream, group] = within(rows[0]!).getAllByTestId('section-line');
    expect(stream!.textContent).toContain('Лекция 1');
    expect(stream!.textContent).toContain('Осмонов Бакыт');
    expect(within(stream!).getByTestId('section-seats').textContent).toBe('12 из 100 · мин. 40');
    expect(group!.textContent).toContain('преподаватель не назначен');
    expect(within(group!).getByTestId('section-cancel')).toHaveProperty('disabled', true);
    expect(rows[1]!.textContent).toContain('По выбору');
    expect(within(rows[1]!).queryByTestId('section-edit')).toBeNull();
    expect(screen.getAllByTestId('offering-card')).toHaveLength(2);
    const listed = api.requests.find((r) => r.url.startsWith('/api/offerings?'));
    expect(listed?.url).toContain('academicYear=2026');
    expect(listed?.url).toContain('term=autumn');

    fireEvent.click(screen.getByTestId('offerings-generate'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Сформировать дисциплины: Осенний семестр 2026/27');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Сформировать' }));
    const result = await screen.findByTestId('offerings-result');
    expect(result.textContent).toContain('Создано дисциплин: 40, потоков и групп: 95. Уже были и сохранены как есть: 2.');
    expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ url: '/api/offerings/generate', body: { academicYear: 2026, term: 'autumn' } });
  });

  it("shows the server's refusal at the capacity field and sends only what changed", async () => {
    const api = serve([LEC], () => errorResponse(409, 'SECTION_CAPACITY_BELOW_TAKEN', 'Вместимость 22 меньше числа уже записавшихся студентов (25): укажите не меньше 25 или откройте ещё одну группу.'));
    renderApp('/offerings', meWithRoles(['registrar']));
    const [, group] = within(await table()).getAllByTestId('section-line');
    fireEvent.click(within(group!).getByTestId('section-edit'));
    const capacity = await screen.findByTestId('section-capacity');
    fireEvent.change(capacity, { target: { value: '22' } });
    fireEvent.click(screen.getByTestId('section-submit'));
    await waitFor(() => expect(screen.getByRole('dialog').textContent).toContain('Вместимость 22 меньше числа уже записавшихся студентов (25)'));
    expect(capacity.getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.find((r) => r.method === 'PATCH')).toMatchObject({ url: '/api/sections/s2', body: { capacity: 22 } });
  });

  it('lets a department add a section to its discipline, and cancels an empty one after a confirmation', async () => {
    const api = serve([{ ...LEC, sections: [section('s1', {})] }], (request) => jsonResponse(request.url.endsWith('/cancel') ? 200 : 201, section('s9', { kind: 'lab' })));
    renderApp('/offerings', meWithRoles(['department']));
    const view = await table();
    expect(screen.queryByTestId('offerings-generate')).toBeNull();
    fireEvent.click(within(view).getByTestId('section-add'));
    fireEvent.click(await screen.findByTestId('section-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ url: '/api/offerings/o1/sections', body: { kind: 'practice', teacherId: null } }));
    await waitFor(() => expect(screen.queryByTestId('section-form')).toBeNull());
    fireEvent.click(within(within(view).getAllByTestId('section-line')[0]!).getByTestId('section-cancel'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Отменить Лекция 1 (INF201)?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Отменить поток или группу' }));
    await waitFor(() => expect(api.requests.some((r) => r.url === '/api/sections/s1/cancel')).toBe(true));
  });

  it('says what to do when the term has no offerings yet', async () => {
    serve([]);
    renderApp('/offerings', meWithRoles(['registrar']));
    expect((await screen.findByText('Дисциплин семестра нет', {}, { timeout: 5000 })).closest('div')).not.toBeNull();
    expect(screen.getByText(/кнопкой «Сформировать дисциплины семестра»/)).toBeTruthy();
  });
});
