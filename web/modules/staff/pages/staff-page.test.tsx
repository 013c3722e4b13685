import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { cardRow, DEPARTMENT } from '../staff.fixtures.ts';

function serve(items = [cardRow(), cardRow({ id: '80000000-0000-4000-8000-000000000002', fullName: 'Бекова Нуриза', isEmployed: false, positions: '', units: '', totalRate: 0 })]) {
  return stubApi(({ url, method, body }) => {
    const path = new URL(url, 'http://x').pathname;
    if (path === '/api/staff/positions') return method === 'POST' ? jsonResponse(201, { ...(body as object), id: 'p', name: 'x' }) : jsonResponse(200, []);
    if (path === '/api/staff/cards') return jsonResponse(200, { items, total: items.length, page: 1, pageSize: 50 });
    if (path === '/api/units') return jsonResponse(200, [DEPARTMENT]);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('staff page', () => {
  it('lists the cards with positions, departments and rates, and lets HR open a new card', async () => {
    serve();
    renderApp('/staff', meWithRoles(['hr']));
    const rows = await screen.findAllByTestId('staff-card-row', {}, { timeout: 3000 });
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Асанова Айгүл Бакытовна' }).getAttribute('href')).toBe(`/staff/cards/${cardRow().id}`);
    expect(rows[0]!.textContent).toContain('Кафедра информатики');
    expect(rows[1]!.textContent).toContain('не работает');
    expect(screen.getByTestId('create-staff-card')).toBeTruthy();
    expect(screen.getByTestId('nav-staff-cards').getAttribute('aria-current')).toBe('page');
  });

  it('passes the filters in the address to the server and shows a helpful empty state', async () => {
    const api = serve([]);
    renderApp('/staff?q=асан&degree=doctor&employed=no', meWithRoles(['department']));
    expect(await screen.findByText('Карточек не найдено', {}, { timeout: 3000 })).toBeTruthy();
    const search = new URL(api.requests.find((r) => r.url.startsWith('/api/staff/cards'))!.url, 'http://x').searchParams;
    expect([search.get('q'), search.get('degree'), search.get('employed')]).toEqual(['асан', 'doctor', 'no']);
    // a department head reads, but neither creates cards nor sees HR orders
    await waitFor(() => expect(screen.queryByTestId('create-staff-card')).toBeNull());
    expect(screen.queryByTestId('nav-staff-orders')).toBeNull();
  });

  it('lets HR start the positions catalog from the standard positions', async () => {
    const api = serve();
    renderApp('/staff', meWithRoles(['hr']));
    fireEvent.click(await screen.findByTestId('staff-positions', {}, { timeout: 3000 }));
    fireEvent.click(await screen.findByTestId('add-standard-positions', {}, { timeout: 3000 }));
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'POST').length).toBe(8));
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { code: string }).code)).toContain('departmentHead');
  });

  it('shows a teacher "my staff card" in the navigation, not the staff', async () => {
    serve();
    renderApp('/', meWithRoles(['teacher']));
    expect(await screen.findByTestId('nav-staff-mine', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByTestId('nav-staff-cards')).toBeNull();
    expect(screen.getByTestId('my-staff-card-link').getAttribute('href')).toBe('/staff/me');
  });
});
