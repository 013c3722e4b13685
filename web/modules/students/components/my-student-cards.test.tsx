import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { placement, student, studentRow } from '../students.fixtures.ts';

const card = student({ current: placement(), course: 1, history: [placement()] });

function serve() {
  return stubApi(({ url }) => {
    const { pathname } = new URL(url, 'http://x');
    if (pathname === '/api/students') return jsonResponse(200, { items: [studentRow()], total: 1, page: 1, pageSize: 20 });
    if (pathname === `/api/students/${card.id}`) return jsonResponse(200, card);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('cabinet: study records', () => {
  it('shows a student their own card in brief, found through the list the server narrows to them', async () => {
    const api = serve();
    renderApp('/', meWithRoles(['student']));
    const summary = await screen.findByTestId('student-summary-s2026000001');
    expect(screen.getByTestId('my-studies').textContent).toContain('Моя учёба');
    expect(await screen.findByText('Иванов Иван Иванович')).toBeTruthy();
    expect(summary.textContent).toContain('ПИ-1-26');
    expect(summary.textContent).toContain('01.09.2026 — Зачисление');
    expect(api.requests.some((request) => request.url === `/api/students/${card.id}`)).toBe(true);
  });

  it("shows a parent their child's card, and staff none (they use Students)", async () => {
    serve();
    const { unmount } = renderApp('/', meWithRoles(['parent']));
    expect((await screen.findByTestId('my-studies')).textContent).toContain('Учёба детей');
    unmount();
    renderApp('/', meWithRoles(['curator']));
    await screen.findByTestId('role-card-curator');
    expect(screen.queryByTestId('my-studies')).toBeNull();
    expect(screen.getByTestId('role-card-curator').textContent).toContain('Группы');
    expect(screen.getByTestId('role-card-curator').textContent).toContain('Студенты');
  });
});
