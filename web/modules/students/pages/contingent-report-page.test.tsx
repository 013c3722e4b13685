import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContingentReportDto } from '../../../../shared/modules/students/students-reports.contracts.ts';
import { AppNavbar } from '../../../app/layout/app-navbar.tsx';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp, renderWithProviders } from '../../../test/render.tsx';
// loaded here, so the router's lazy import of the page (charts and all) resolves at once
import './contingent-report-page.tsx';

/** Rendering the app's first page may take a while on a busy machine: wait for it, assert nothing about time. */
const SLOW = { timeout: 10_000 };

const F1 = '40000000-0000-4000-8000-000000000001';
const F2 = '40000000-0000-4000-8000-000000000002';

function reportFor(params: URLSearchParams): ContingentReportDto {
  const empty = params.get('date') === '2020-01-01';
  return {
    date: params.get('date') ?? '2026-02-15',
    rowDimensions: ['faculty'],
    columnDimension: params.get('columns') === 'funding' ? 'funding' : 'course',
    statuses: ['active', 'onLeave'],
    columnKeys: params.get('columns') === 'funding' ? ['contract', 'grant'] : ['1', '2'],
    rows: empty ? [] : [
      { key: [F1], cells: [3, 1], total: 4 },
      { key: [F2], cells: [0, 2], total: 2 },
    ],
    columnTotals: empty ? [] : [3, 3],
    total: empty ? 0 : 6,
    labels: { [F1]: 'Экономический факультет', [F2]: 'Факультет права' },
    distributions: empty
      ? { course: [], age: [], nationality: [], gender: [] }
      : {
          course: [{ key: '1', count: 3 }, { key: '2', count: 3 }],
          age: [{ key: '<17', count: 0 }, { key: '18', count: 4 }, { key: '19', count: 2 }],
          nationality: [{ key: '', count: 1 }, { key: 'кыргыз', count: 5 }],
          gender: [{ key: 'female', count: 4 }, { key: 'male', count: 2 }],
        },
  };
}

function stubReports() {
  return stubApi(({ url }) => {
    const { pathname, searchParams } = new URL(url, 'http://x');
    if (pathname === '/api/reports/contingent') return jsonResponse(200, reportFor(searchParams));
    if (pathname === '/api/units' || pathname === '/api/programs') return jsonResponse(200, []);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

const reportRequests = (api: ReturnType<typeof stubApi>) => api.requests.filter((r) => r.url.startsWith('/api/reports/contingent')).map((r) => new URL(r.url, 'http://x').searchParams);

describe('contingent report page', () => {
  it('asks for the date in the address, shows the pivot with totals, the charts and the XLSX link', async () => {
    const api = stubReports();
    renderApp('/reports/contingent?date=2026-02-15', meWithRoles(['deansOffice']));
    expect((await screen.findByTestId('report-heading', {}, SLOW)).textContent).toBe('Контингент студентов');
    await waitFor(() => expect(screen.getAllByTestId('report-row')).toHaveLength(2), SLOW);
    const [first] = reportRequests(api);
    expect(first?.get('date')).toBe('2026-02-15');
    expect(first?.get('rows')).toBe('faculty');
    expect(first?.get('columns')).toBe('course');
    expect(first?.get('statuses')).toBe('active,onLeave');
    const table = screen.getByTestId('report-pivot');
    expect(within(table).getByText('Контингент на 15.02.2026')).toBeTruthy();
    expect(within(table).getByText('1 курс')).toBeTruthy();
    expect(screen.getAllByTestId('report-row')[0]?.textContent).toBe('Экономический факультет314');
    expect(screen.getByTestId('report-totals').textContent).toBe('Итого336');
    expect(screen.getByTestId('report-total').textContent).toBe('Всего студентов: 6');
    expect(screen.getByTestId('report-chart-gender-values').textContent).toBe('женский: 4 · мужской: 2');
    expect(screen.getByTestId('report-chart-nationality-values').textContent).toBe('не указано: 1 · кыргыз: 5');
    expect(screen.getByTestId('report-chart-course')).toBeTruthy();
    expect(screen.getByTestId('report-chart-age')).toBeTruthy();
    const xlsx = screen.getByTestId('report-xlsx').getAttribute('href') ?? '';
    expect(xlsx.startsWith('/api/reports/contingent.xlsx?')).toBe(true);
    expect(new URL(xlsx, 'http://x').searchParams.get('date')).toBe('2026-02-15');
  });

  it('another column dimension asks again and keeps it in the address', async () => {
    const api = stubReports();
    const { router } = renderApp('/reports/contingent?date=2026-02-15', meWithRoles(['personnelOffice']));
    await waitFor(() => expect(screen.getAllByTestId('report-row')).toHaveLength(2), SLOW);
    fireEvent.click(screen.getByTestId('report-columns'));
    fireEvent.click(await screen.findByRole('option', { name: 'Основа обучения' }));
    await waitFor(() => expect(router.state.location.search).toContain('columns=funding'));
    await waitFor(() => expect(reportRequests(api).some((p) => p.get('columns') === 'funding')).toBe(true));
    expect(await screen.findByText('грант (бюджет)')).toBeTruthy();
  });

  it('a date without students: an empty state, no table', async () => {
    stubReports();
    renderApp('/reports/contingent?date=2020-01-01', meWithRoles(['registrar']));
    expect(await screen.findByText('На эту дату в отчёте нет студентов', {}, SLOW)).toBeTruthy();
    expect(screen.queryByTestId('report-pivot')).toBeNull();
  });

  it('without students.report.read: no access, and no menu entry', async () => {
    stubReports();
    renderApp('/reports/contingent', meWithRoles(['teacher']));
    expect(await screen.findByText(/Нет доступа/, {}, SLOW)).toBeTruthy();
  });

  it('the menu shows the report to the roles that hold the permission', () => {
    for (const [role, shown] of [['deansOffice', true], ['department', true], ['registrar', true], ['curator', false], ['student', false]] as const) {
      const me = meWithRoles([role]);
      const view = renderWithProviders(<AppNavbar viewer={me} />, { me });
      expect(screen.queryByTestId('nav-reports') !== null, role).toBe(shown);
      if (shown) expect(screen.getByTestId('nav-reports').getAttribute('href')).toBe('/reports/contingent');
      view.unmount();
    }
  });
});
