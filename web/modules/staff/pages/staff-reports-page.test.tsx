import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { DEPARTMENT, staffReport } from '../staff.fixtures.ts';

describe('staff reports page', () => {
  it('asks for the report of today and shows every breakdown', async () => {
    const api = stubApi(({ url }) => {
      const path = new URL(url, 'http://x').pathname;
      if (path === '/api/staff/report') return jsonResponse(200, staffReport());
      if (path === '/api/units') return jsonResponse(200, [DEPARTMENT]);
      return errorResponse(404, 'NOT_FOUND', 'Не найдено');
    });
    renderApp('/staff/reports?date=2026-09-01', meWithRoles(['hr']));
    expect((await screen.findByTestId('report-totals', {}, { timeout: 3000 })).textContent).toBe('На 01.09.2026: 3 чел., ставок 2,5.');
    expect(new URL(api.requests.find((r) => r.url.startsWith('/api/staff/report'))!.url, 'http://x').searchParams.get('date')).toBe('2026-09-01');
    expect(within(screen.getByTestId('report-by-position')).getByText('Доцент')).toBeTruthy();
    expect(within(screen.getByTestId('report-by-degree')).getByText('кандидат наук').closest('tr')?.textContent).toBe('кандидат наук22');
    expect(within(screen.getByTestId('report-by-employment')).getByText('внешнее совместительство').closest('tr')?.textContent).toBe('внешнее совместительство10,5');
    expect(within(screen.getByTestId('report-by-age')).getByText('40–49').closest('tr')?.textContent).toBe('40–49211');
  });
});
