import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { staffOrder } from '../staff.fixtures.ts';

function serve(items = [staffOrder(), staffOrder({ id: '10000000-0000-4000-8000-000000000006', number: '8-к/2026', kind: 'dismissal', status: 'signed' })]) {
  return stubApi(({ url }) => {
    if (new URL(url, 'http://x').pathname === '/api/staff/orders') return jsonResponse(200, { items, total: items.length, page: 1, pageSize: 50 });
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('HR orders page', () => {
  it('lists the orders with number, kind, person and status, linked to each document', async () => {
    serve();
    renderApp('/staff/orders', meWithRoles(['hr']));
    const rows = await screen.findAllByTestId('staff-order-row', {}, { timeout: 3000 });
    expect(rows.map((row) => row.textContent)).toEqual([
      '7-к/202625.08.2026Приём на работуАсанова Айгүл Бакытовна01.09.2026проект',
      '8-к/202625.08.2026УвольнениеАсанова Айгүл Бакытовна01.09.2026подписан',
    ]);
    expect(within(rows[1]!).getByRole('link').getAttribute('href')).toBe('/staff/orders/10000000-0000-4000-8000-000000000006');
    expect(screen.getByTestId('new-staff-order')).toBeTruthy();
  });

  it('asks for the status and kind in the address and says when there is none', async () => {
    const api = serve([]);
    renderApp('/staff/orders?status=draft&kind=leave', meWithRoles(['hr']));
    expect(await screen.findByText('Приказов нет', {}, { timeout: 3000 })).toBeTruthy();
    const asked = new URL(api.requests.find((r) => r.url.startsWith('/api/staff/orders'))!.url, 'http://x').searchParams;
    expect([asked.get('status'), asked.get('kind')]).toEqual(['draft', 'leave']);
  });
});
