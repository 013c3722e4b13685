import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/i18n/languages.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../test/fixtures.ts';
import { renderApp } from '../test/render.tsx';

const pick = (label: string) => fireEvent.click(within(screen.getByTestId('lang-switch')).getByText(label));

describe('language switch', () => {
  it('changes the sign-in page to Kyrgyz and English and remembers the choice on this device', async () => {
    stubApi(() => errorResponse(401, 'UNAUTHENTICATED', 'Войдите'));
    renderApp('/sign-in');
    expect(await screen.findByRole('button', { name: 'Войти' })).toBeTruthy();

    pick('Кыр');
    expect(await screen.findByRole('button', { name: 'Кирүү' })).toBeTruthy();
    expect(screen.getByLabelText(/Сырсөз/)).toBeTruthy();
    expect(window.localStorage.getItem('univer.lang')).toBe('ky');
    expect(document.documentElement.lang).toBe('ky');

    pick('Eng');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText(/Password/)).toBeTruthy();
  });

  it('when signed in, switches the shell and saves the language for the user', async () => {
    const me = meWithRoles(['administrator']);
    let savedLang: Lang = me.user.lang;
    const api = stubApi(({ url, body }) => {
      if (url === '/api/auth/language') {
        savedLang = (body as { lang: Lang }).lang;
        return new Response(null, { status: 204 });
      }
      if (url === '/api/auth/me') return jsonResponse(200, { ...me, user: { ...me.user, lang: savedLang } });
      return jsonResponse(200, []);
    });
    renderApp('/', me);
    expect((await screen.findByTestId('nav-users')).textContent).toContain('Пользователи');

    pick('Кыр');
    await waitFor(() => expect(screen.getByTestId('nav-users').textContent).toContain('Колдонуучулар'));
    expect(screen.getByTestId('nav-audit').textContent).toContain('Аракеттер журналы');
    const save = api.requests.find((request) => request.url === '/api/auth/language');
    expect(save?.method).toBe('PUT');
    expect(save?.body).toEqual({ lang: 'ky' });
    expect(save?.headers['X-CSRF-Token']).toBe('csrf-token-1');

    // the user's data is reloaded in the new language once the server has remembered it
    await waitFor(() => expect(api.requests.some((request) => request.url === '/api/auth/me')).toBe(true));
    expect(screen.getByTestId('nav-users').textContent).toContain('Колдонуучулар');

    pick('Eng');
    await waitFor(() => expect(screen.getByTestId('nav-users').textContent).toContain('Users'));
    expect(screen.getByTestId('cabinet-heading').textContent).toContain('Hello');
    await waitFor(() => expect(savedLang).toBe('en'));
  });
});
