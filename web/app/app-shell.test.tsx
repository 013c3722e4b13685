import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../test/fixtures.ts';
import { renderApp } from '../test/render.tsx';

describe('signed-in shell', () => {
  it('shows the university, the greeting and a card per role', async () => {
    stubApi(() => jsonResponse(200, []));
    renderApp('/', meWithRoles(['administrator', 'registrar']));
    expect((await screen.findByTestId('cabinet-heading')).textContent).toContain('Тестова Айгүл');
    expect(screen.getByTestId('role-card-administrator').textContent).toContain('Администратор');
    expect(screen.getByTestId('role-card-registrar')).toBeTruthy();
    expect(screen.getByTestId('university-name').textContent).toContain('Тестовый университет');
    expect(screen.getByTestId('user-menu')).toBeTruthy();
  });

  it('shows a student their own card from /api/people/{id}', async () => {
    const me = meWithRoles(['student']);
    stubApi(({ url }) =>
      url === `/api/people/${me.user.id}`
        ? jsonResponse(200, { ...me.user, homeUnitId: null, homeUnitName: 'ЭК-21', roles: ['student'] })
        : errorResponse(404, 'NOT_FOUND', 'Не найдено'),
    );
    renderApp('/', me);
    expect((await screen.findByTestId('own-person-card')).textContent).toContain('ЭК-21');
  });

  it('tells a student opening an administrator page that they have no access', async () => {
    stubApi(() => jsonResponse(200, []));
    renderApp('/admin/users', meWithRoles(['student']));
    const forbidden = await screen.findByTestId('forbidden');
    expect(forbidden.textContent).toContain('Нет доступа');
  });

  it('shows "not found" for an unknown address', async () => {
    stubApi(() => jsonResponse(200, []));
    renderApp('/no-such-page', meWithRoles(['student']));
    expect((await screen.findByTestId('not-found')).textContent).toContain('Страница не найдена');
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    stubApi(() => errorResponse(401, 'UNAUTHENTICATED', 'Войдите'));
    const { router } = renderApp('/admin/users');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/admin/users')}`);
  });

  it('signs out from the user menu', async () => {
    // the session is alive until sign-out (the bell's poll would otherwise find it ended first)
    const api = stubApi(({ url }) =>
      url === '/api/auth/sign-out'
        ? new Response(null, { status: 204 })
        : url.startsWith('/api/notifications')
          ? jsonResponse(200, { items: [], unread: 0 })
          : errorResponse(401, 'UNAUTHENTICATED', 'Войдите'),
    );
    const { router } = renderApp('/', meWithRoles(['teacher']));
    fireEvent.click(await screen.findByTestId('user-menu'));
    fireEvent.click(await screen.findByTestId('sign-out'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    const signOut = api.requests.find((request) => request.url === '/api/auth/sign-out');
    expect(signOut?.method).toBe('POST');
    expect(signOut?.headers['X-CSRF-Token']).toBe('csrf-token-1');
  });
});
