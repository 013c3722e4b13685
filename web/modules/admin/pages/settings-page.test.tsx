import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettingDto } from '../../../../shared/modules/admin/admin.contracts.ts';
import { jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { SettingsPage } from './settings-page.tsx';

const settings: SettingDto[] = [
  {
    key: 'university.name',
    group: 'university',
    value: { ru: 'Университет', ky: 'Университет', en: 'University' },
    defaultValue: { ru: 'Университет', ky: 'Университет', en: 'University' },
    isDefault: true,
    updatedAt: null,
  },
  {
    key: 'university.timeZone',
    group: 'university',
    value: 'Asia/Bishkek',
    defaultValue: 'Asia/Bishkek',
    isDefault: true,
    updatedAt: null,
  },
  { key: 'auth.passwordMinLength', group: 'security', value: 12, defaultValue: 10, isDefault: false, updatedAt: '2024-10-01T00:00:00Z' },
  { key: 'curricula.teachingWeeksPerSemester', group: 'curricula', value: 15, defaultValue: 15, isDefault: true, updatedAt: null },
];

function stub() {
  return stubApi(({ url, method, body }) => {
    if (method === 'PUT') {
      const value = (body as { value: unknown }).value;
      return jsonResponse(200, { ...settings[2], value, isDefault: value === 10, updatedAt: '2024-11-01T00:00:00Z' });
    }
    return url === '/api/admin/settings' ? jsonResponse(200, settings) : jsonResponse(404, {});
  });
}

describe('settings page', () => {
  it('groups settings under translated labels and shows which are defaults', async () => {
    stub();
    renderWithProviders(<SettingsPage />, { me: meWithRoles(['administrator']) });
    expect(await screen.findByText('Безопасность')).toBeTruthy();
    expect(screen.getByLabelText(/Полное название университета — Кыргызча/)).toBeTruthy();
    expect(screen.getByLabelText(/Наименьшая длина пароля/)).toBeTruthy();
    const card = screen.getByTestId('setting-auth.passwordMinLength');
    expect(card.textContent).toContain('Изменено');
    expect(card.textContent).toContain('по умолчанию: 10');
    expect(screen.getByTestId('setting-university.timeZone').textContent).toContain('По умолчанию');
  });

  it('explains under its label a setting that needs more than a label', async () => {
    stub();
    renderWithProviders(<SettingsPage />, { me: meWithRoles(['administrator']) });
    const input = await screen.findByLabelText(/Учебных недель в семестре/);
    const described = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('делятся на это число недель');
    expect(screen.getByTestId('setting-curricula.teachingWeeksPerSemester').textContent).toContain('недельная нагрузка в редакторе плана');
  });

  it('saves a changed number with PUT /api/admin/settings/{key}', async () => {
    const api = stub();
    renderWithProviders(<SettingsPage />, { me: meWithRoles(['administrator']) });
    const input = await screen.findByLabelText(/Наименьшая длина пароля/);
    fireEvent.change(input, { target: { value: '14' } });
    const card = screen.getByTestId('setting-auth.passwordMinLength');
    fireEvent.click(within(card).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(api.requests.some((request) => request.method === 'PUT')).toBe(true));
    const put = api.requests.find((request) => request.method === 'PUT');
    expect(put?.url).toBe('/api/admin/settings/auth.passwordMinLength');
    expect(put?.body).toEqual({ value: 14 });
  });

  it('hides Save from a user who may only read the settings', async () => {
    stub();
    renderWithProviders(<SettingsPage />, { me: meWithRoles(['registrar']) });
    expect(await screen.findByText('Безопасность')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Сохранить' })).toBeNull();
    expect(screen.getByText('Вы можете просматривать настройки, но не менять их.')).toBeTruthy();
  });
});
