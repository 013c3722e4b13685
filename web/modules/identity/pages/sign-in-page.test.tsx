import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

function stubSignIn(signInAnswer: () => Response) {
  return stubApi(({ url }) => {
    if (url === '/api/auth/me') return errorResponse(401, 'UNAUTHENTICATED', 'Войдите в систему');
    if (url === '/api/auth/sign-in') return signInAnswer();
    throw new Error(`unexpected request ${url}`);
  });
}

describe('sign-in page', () => {
  it('renders labelled inputs and a submit button', async () => {
    stubSignIn(() => errorResponse(500, 'INTERNAL', 'x'));
    renderApp('/sign-in');
    expect(await screen.findByLabelText(/Личный ID/)).toBeTruthy();
    expect(screen.getByLabelText(/Пароль/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Войти' })).toBeTruthy();
    expect(screen.getByTestId('lang-switch')).toBeTruthy();
  });

  it("shows the API's translated message on a 401 and sends the language and credentials", async () => {
    const api = stubSignIn(() => errorResponse(401, 'INVALID_CREDENTIALS', 'Неверный логин или пароль'));
    renderApp('/sign-in');
    fireEvent.change(await screen.findByLabelText(/Личный ID/), { target: { value: 'student1' } });
    fireEvent.change(screen.getByLabelText(/Пароль/), { target: { value: 'wrong-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Войти' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Неверный логин или пароль');
    expect(alert.textContent).toContain('req-test-1');

    const signIn = api.requests.find((request) => request.url === '/api/auth/sign-in');
    expect(signIn?.method).toBe('POST');
    expect(signIn?.headers['Accept-Language']).toBe('ru');
    expect(signIn?.body).toEqual({ username: 'student1', password: 'wrong-password' });
    expect(api.requests.every((request) => request.credentials === 'same-origin')).toBe(true);
  });

  it('asks for both fields before calling the API', async () => {
    const api = stubSignIn(() => errorResponse(500, 'INTERNAL', 'x'));
    renderApp('/sign-in');
    fireEvent.click(await screen.findByRole('button', { name: 'Войти' }));
    expect(await screen.findByText('Введите логин')).toBeTruthy();
    expect(screen.getByText('Введите пароль')).toBeTruthy();
    await waitFor(() => expect(api.requests.some((request) => request.url === '/api/auth/sign-in')).toBe(false));
  });
});
