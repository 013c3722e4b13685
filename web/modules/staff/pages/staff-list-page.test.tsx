import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StaffListRowDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { DEPARTMENT } from '../staff.fixtures.ts';

const row = (i: number): StaffListRowDto => ({ cardId: `card-${i}`, fullName: `Сотрудник ${String(i).padStart(3, '0')}`, unitId: DEPARTMENT.id, unitName: DEPARTMENT.name.ru, positionName: 'Доцент', rate: 1, employment: 'main', status: 'working', degree: 'none', title: 'none', validFrom: '2020-09-01' });

function serve(items: StaffListRowDto[]) {
  return stubApi(({ url }) => {
    const path = new URL(url, 'http://x').pathname;
    if (path === '/api/staff/list') return jsonResponse(200, { date: '2026-09-01', unitId: DEPARTMENT.id, unitName: DEPARTMENT.name.ru, items });
    if (path === '/api/units') return jsonResponse(200, [DEPARTMENT]);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('staff list page', () => {
  it('asks for the unit and day in the address, pages past 100 rows and links the export', async () => {
    const api = serve(Array.from({ length: 120 }, (_, i) => row(i + 1)));
    renderApp(`/staff/list?unit=${DEPARTMENT.id}&date=2026-09-01`, meWithRoles(['department']));
    expect(await screen.findAllByTestId('staff-list-row', {}, { timeout: 3000 })).toHaveLength(100);
    const asked = new URL(api.requests.find((r) => r.url.startsWith('/api/staff/list'))!.url, 'http://x').searchParams;
    expect([asked.get('unitId'), asked.get('date')]).toEqual([DEPARTMENT.id, '2026-09-01']);
    expect(screen.getByTestId('export-staff-list').getAttribute('href')).toBe(`/api/staff/list/export.xlsx?unitId=${DEPARTMENT.id}&date=2026-09-01`);
    fireEvent.click(screen.getByRole('button', { name: 'Страница 2' }));
    await waitFor(() => expect(screen.getAllByTestId('staff-list-row')).toHaveLength(20));
    expect(screen.getAllByTestId('staff-list-row')[0]!.textContent).toContain('101Сотрудник 101');
  });

  it('says when nobody works there on that day', async () => {
    serve([]);
    renderApp('/staff/list?date=2026-09-01', meWithRoles(['hr']));
    expect(await screen.findByText('На эту дату никого нет', {}, { timeout: 3000 })).toBeTruthy();
  });
});
