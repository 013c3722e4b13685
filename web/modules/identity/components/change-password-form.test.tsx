import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

function fill(current: string, next: string, repeat: string) {
  fireEvent.change(screen.getByLabelText(/Текущий пароль/), { target: { value: current } });
  fireEvent.change(screen.getByLabelText(/^Новый пароль/), { target: { value: next } });
  fireEvent.change(screen.getByLabelText(/Повторите новый пароль/), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Сменить пароль' }));
}

describe('change password form', () => {
  it('checks that the new password is repeated exactly', async () => {
    const api = stubApi(() => new Response(null, { status: 204 }));
    renderWithProviders(<ChangePasswordForm />, { me: meWithRoles(['student']) });
    fill('old-one', 'New-pass-123', 'New-pass-124');
    expect(await screen.findByText('Пароли не совпадают')).toBeTruthy();
    expect(api.requests).toEqual([]);
  });

  it('shows each broken password rule in the user language', async () => {
    const api = stubApi(() =>
      errorResponse(400, 'PASSWORD_TOO_WEAK', 'Пароль не отвечает правилам', { problems: ['tooShort', 'containsUsername'] }),
    );
    renderWithProviders(<ChangePasswordForm />, { me: meWithRoles(['student']) });
    fill('old-one', 'tester1', 'tester1');
    expect((await screen.findByRole('alert')).textContent).toContain('Пароль не отвечает правилам');
    expect(screen.getByText(/Пароль короче, чем требует университет\./).textContent).toContain('Пароль не должен содержать логин.');
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]?.url).toBe('/api/auth/password');
    expect(api.requests[0]?.body).toEqual({ currentPassword: 'old-one', newPassword: 'tester1' });
  });
});
