import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { AddGrantModal } from './add-grant-modal.tsx';

const user: UserDto = {
  id: '30000000-0000-4000-8000-000000000001',
  username: 'teacher1',
  lastName: 'Осмонов',
  firstName: 'Тилек',
  patronymic: null,
  email: null,
  phone: null,
  lang: 'ru',
  homeUnitId: null,
  homeUnitName: null,
  isActive: true,
  lockedUntil: null,
  createdAt: '2024-09-01T00:00:00Z',
  grants: [],
};
const unit = {
  id: '40000000-0000-4000-8000-000000000001',
  kind: 'faculty',
  parentId: null,
  code: 'EF',
  name: { ru: 'Экономический', ky: 'Экономика', en: 'Economics' },
};

async function pickRole(name: string) {
  fireEvent.click(screen.getByRole('combobox', { name: /Роль/ }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

describe('add grant modal', () => {
  it('asks for a unit for a unit-scoped role and sends it', async () => {
    const api = stubApi(({ url, method }) =>
      method === 'POST' ? jsonResponse(200, user) : url === '/api/units' ? jsonResponse(200, [unit]) : jsonResponse(404, {}),
    );
    renderWithProviders(<AddGrantModal user={user} opened onClose={() => undefined} />, { me: meWithRoles(['administrator']) });
    await pickRole('Деканат');
    fireEvent.click(screen.getByRole('button', { name: 'Назначить' }));
    expect(await screen.findByText('Обязательное поле')).toBeTruthy();

    fireEvent.click(screen.getByRole('combobox', { name: /Подразделение/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Факультет: Экономический' }));
    fireEvent.click(screen.getByRole('button', { name: 'Назначить' }));
    await waitFor(() => expect(api.requests.some((request) => request.method === 'POST')).toBe(true));
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.url).toBe(`/api/users/${user.id}/grants`);
    expect(post?.body).toEqual({ role: 'deansOffice', scopeUnitId: unit.id, scopeStudentId: null });
  });

  it('asks for a student for a parent, and for nothing for a university-wide role', async () => {
    stubApi(() => jsonResponse(200, []));
    renderWithProviders(<AddGrantModal user={user} opened onClose={() => undefined} />, { me: meWithRoles(['administrator']) });
    await pickRole('Родитель');
    expect(screen.getByRole('combobox', { name: /Студент/ })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /Подразделение/ })).toBeNull();
    await pickRole('Офис-регистратор');
    expect(screen.queryByRole('combobox', { name: /Студент/ })).toBeNull();
    expect(screen.getByText('Роль действует во всём университете.')).toBeTruthy();
  });
});
