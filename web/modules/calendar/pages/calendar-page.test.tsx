import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentDto, YearDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const YEAR_ID = '00000000-0000-4000-8000-0000000000y1';

function year(canManage: boolean, extra: Partial<YearDto> = {}): YearDto {
  return {
    id: YEAR_ID,
    code: '2026-2027',
    startYear: 2026,
    startDate: '2026-09-01',
    endDate: '2027-08-31',
    isCurrent: true,
    terms: [
      { id: 't1', kind: 'autumn', startDate: '2026-09-01', endDate: '2027-01-10' },
      { id: 't2', kind: 'spring', startDate: '2027-01-25', endDate: '2027-06-06' },
    ],
    periods: [
      { id: 'p1', kind: 'addDrop', termKind: 'autumn', startDate: '2026-09-01', endDate: '2026-09-14', nameRu: null, nameKy: null, nameEn: null, name: null },
      { id: 'p2', kind: 'examSession', termKind: 'autumn', startDate: '2026-12-21', endDate: '2027-01-10', nameRu: null, nameKy: null, nameEn: null, name: null },
      { id: 'p3', kind: 'vacation', termKind: null, startDate: '2027-01-11', endDate: '2027-01-24', nameRu: null, nameKy: null, nameEn: null, name: null },
    ],
    holidays: [{ id: 'h1', date: '2027-03-21', key: 'nooruz', kind: 'dayOff', nameRu: 'Нооруз', nameKy: 'Нооруз', nameEn: 'Nooruz', name: 'Нооруз', transferredFrom: null }],
    findings: [{ code: 'MOVABLE_HOLIDAY_MISSING', severity: 'warning', where: {}, message: '«Орозо айт» ещё не внесён: добавьте дату, когда её объявит муфтият.' }],
    isValid: true,
    canManage,
    ...extra,
  };
}

const current: CurrentDto = {
  today: '2026-09-07',
  year: { id: YEAR_ID, code: '2026-2027', startYear: 2026, startDate: '2026-09-01', endDate: '2027-08-31', isCurrent: true },
  term: { id: 't1', kind: 'autumn', startDate: '2026-09-01', endDate: '2027-01-10' },
  periods: [{ id: 'p1', kind: 'addDrop', termKind: 'autumn', startDate: '2026-09-01', endDate: '2026-09-14', nameRu: null, nameKy: null, nameEn: null, name: null }],
  nextTerm: null,
  isWorkingDay: true,
};

function api(canManage: boolean, onPost?: (request: SeenRequest) => Response) {
  return stubApi((request) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (request.method === 'POST' && onPost) return onPost(request);
    if (path === '/api/calendar/years') return jsonResponse(200, [year(canManage)]);
    if (path === '/api/calendar/current') return jsonResponse(200, current);
    if (path === `/api/calendar/years/${YEAR_ID}`) return jsonResponse(200, year(canManage));
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('calendar page', () => {
  it('shows a student the year’s terms, periods and holidays, today’s period marked, nothing to edit', async () => {
    api(false);
    renderApp('/calendar', meWithRoles(['student']));
    const periods = await screen.findByTestId('calendar-periods', {}, { timeout: 3000 });
    expect(screen.getByTestId('calendar-today').textContent).toContain('Сегодня 07.09.2026 — рабочий день');
    expect(screen.getByTestId('calendar-today').textContent).toContain('Идёт: Осенний семестр (01.09.2026 – 10.01.2027)');
    expect(screen.getByTestId('term-autumn').getAttribute('data-current')).toBe('true');
    expect(screen.getByTestId('term-spring').getAttribute('data-current')).toBeNull();
    const addDrop = within(periods).getByTestId('period-p1');
    expect(addDrop.getAttribute('data-current')).toBe('true');
    expect(addDrop.textContent).toContain('01.09.2026 – 14.09.2026');
    expect(within(periods).getByTestId('period-p2').getAttribute('data-current')).toBeNull();
    expect(within(periods).getByRole('group', { name: 'Весь учебный год' }).textContent).toContain('Каникулы');
    expect(screen.getByTestId('holiday-2027-03-21').textContent).toContain('Нооруз');
    expect(screen.queryByTestId('holiday-add')).toBeNull();
    expect(screen.queryByTestId('calendar-findings')).toBeNull();
    expect(screen.queryByTestId('create-year')).toBeNull();
  });

  it('lets the registrar see the findings and add a holiday, then shows the year as the server answers', async () => {
    const added = { id: 'h2', date: '2027-03-10', key: null, kind: 'dayOff' as const, nameRu: 'Орозо айт', nameKy: 'Орозо айт', nameEn: 'Orozo Ait', name: 'Орозо айт', transferredFrom: null };
    const seen = api(true, () => jsonResponse(201, year(true, { holidays: [added, ...year(true).holidays], findings: [] })));
    renderApp('/calendar', meWithRoles(['registrar']));
    const findings = await screen.findByTestId('calendar-findings', {}, { timeout: 3000 });
    expect(within(findings).getByTestId('finding-MOVABLE_HOLIDAY_MISSING').textContent).toContain('Орозо айт');
    fireEvent.click(screen.getByTestId('holiday-add'));
    const date = await screen.findByTestId('holiday-date');
    fireEvent.change(date, { target: { value: '10.03.2027' } });
    fireEvent.blur(date);
    fireEvent.change(screen.getByTestId('holiday-name-ru'), { target: { value: 'Орозо айт' } });
    fireEvent.change(screen.getByTestId('holiday-name-ky'), { target: { value: 'Орозо айт' } });
    fireEvent.change(screen.getByTestId('holiday-name-en'), { target: { value: 'Orozo Ait' } });
    fireEvent.click(screen.getByTestId('holiday-submit'));
    await waitFor(() => expect(screen.getByTestId('holiday-2027-03-10').textContent).toContain('Орозо айт'));
    const post = seen.requests.find((r) => r.method === 'POST');
    expect(post?.url).toBe(`/api/calendar/years/${YEAR_ID}/holidays`);
    expect(post?.body).toEqual({ date: '2027-03-10', kind: 'dayOff', nameRu: 'Орозо айт', nameKy: 'Орозо айт', nameEn: 'Orozo Ait' });
    expect(screen.getByTestId('calendar-findings').textContent).toContain('Замечаний нет');
  });

  it('shows the server’s refusal in the form', async () => {
    api(true, () => errorResponse(409, 'CALENDAR_HOLIDAY_DATE_TAKEN', 'На 21.03.2027 в календаре уже есть день: измените его вместо нового.'));
    renderApp('/calendar', meWithRoles(['registrar']));
    fireEvent.click(await screen.findByTestId('holiday-add', {}, { timeout: 3000 }));
    const date = await screen.findByTestId('holiday-date');
    fireEvent.change(date, { target: { value: '21.03.2027' } });
    fireEvent.blur(date);
    for (const lang of ['ru', 'ky', 'en']) fireEvent.change(screen.getByTestId(`holiday-name-${lang}`), { target: { value: 'Нооруз' } });
    fireEvent.click(screen.getByTestId('holiday-submit'));
    await waitFor(() => expect(screen.getByRole('dialog').textContent).toContain('уже есть день'));
  });
});
