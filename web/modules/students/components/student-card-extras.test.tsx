import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StudentParentDto } from '../../../../shared/modules/students/students.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { student } from '../students.fixtures.ts';

const card = student();
const FATHER: StudentParentDto = { id: 'a0000000-0000-4000-8000-000000000001', userId: 'b0000000-0000-4000-8000-000000000001', username: 'parent996555123456', fullName: 'Иванов Бакыт', phone: '+996 555 123 456', relation: 'father', hasPassword: false };

function serve(parents: StudentParentDto[], onMutation: (url: string, method: string, body: unknown) => Response) {
  return stubApi(({ url, method, body }) => {
    if (method !== 'GET') return onMutation(url, method, body);
    if (url === `/api/students/${card.id}`) return jsonResponse(200, card);
    if (url === `/api/students/${card.id}/parents`) return jsonResponse(200, parents);
    if (url === '/api/groups') return jsonResponse(200, []);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe("the card's parents", { timeout: 20_000 }, () => {
  it('lists parents with relation and phone, and links a new one from name and phone', async () => {
    const api = serve([FATHER], () => jsonResponse(201, { ...FATHER, id: 'a0000000-0000-4000-8000-000000000002', relation: 'mother' }));
    renderApp(`/students/${card.id}`, meWithRoles(['personnelOffice']));
    const row = await screen.findByTestId('student-parent', {}, { timeout: 5000 });
    expect(row.textContent).toContain('Иванов Бакыт');
    expect(row.textContent).toContain('Отец · +996 555 123 456 · parent996555123456');
    expect(row.textContent).toContain('Пароль ещё не выдан');

    fireEvent.click(screen.getByTestId('link-parent'));
    const form = await screen.findByTestId('parent-link-form');
    fireEvent.click(within(form).getByTestId('parent-link-submit'));
    // names and phone are required for a new account: nothing is sent
    expect((await within(form).findAllByText('Обязательное поле')).length).toBeGreaterThan(0);
    fireEvent.change(within(form).getByTestId('parent-last-name'), { target: { value: 'Иванова' } });
    fireEvent.change(within(form).getByTestId('parent-first-name'), { target: { value: 'Гүлнара' } });
    fireEvent.change(within(form).getByTestId('parent-phone'), { target: { value: '+996 700 111 222' } });
    fireEvent.click(within(form).getByTestId('parent-link-submit'));
    await waitFor(() =>
      expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({
        url: `/api/students/${card.id}/parents`,
        body: { relation: 'mother', lastName: 'Иванова', firstName: 'Гүлнара', patronymic: null, phone: '+996 700 111 222' },
      }),
    );
  });

  it('unlinks after saying what happens, and shows an empty state to a reader', async () => {
    const api = serve([FATHER], () => new Response(null, { status: 204 }));
    renderApp(`/students/${card.id}`, meWithRoles(['personnelOffice']));
    fireEvent.click(await screen.findByRole('button', { name: 'Отвязать Иванов Бакыт' }, { timeout: 5000 }));
    expect(await screen.findByText('Родитель больше не увидит карточку этого студента. Его учётная запись останется.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Отвязать' }));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'DELETE')?.url).toBe(`/api/students/${card.id}/parents/${FATHER.id}`));
  });

  it('shows a curator the parents without the buttons to change them', async () => {
    serve([], () => errorResponse(403, 'FORBIDDEN', 'Нет доступа'));
    renderApp(`/students/${card.id}`, meWithRoles(['curator']));
    expect(await screen.findByText('Родители не привязаны', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('link-parent')).toBeNull();
    expect(screen.queryByTestId('upload-photo')).toBeNull();
  });
});

describe("the card's photo", { timeout: 20_000 }, () => {
  it('uploads the chosen file as a form with the CSRF token and shows the refusal of the server', async () => {
    const api = serve([], () => errorResponse(400, 'PHOTO_TYPE', 'Фотография должна быть в формате JPEG или PNG.'));
    renderApp(`/students/${card.id}`, meWithRoles(['personnelOffice']));
    const image = await screen.findByTestId('student-photo-image', {}, { timeout: 5000 });
    expect(image.getAttribute('src')).toBe(`/api/students/${card.id}/photo?v=current`);
    expect(image.getAttribute('alt')).toBe('Фотография студента');
    const input = screen.getByTestId('photo-input');
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x47, 0x49, 0x46])], 'photo.png', { type: 'image/png' })] } });
    expect(await screen.findByText('Фотография должна быть в формате JPEG или PNG.')).toBeTruthy();
    const upload = api.requests.find((r) => r.method === 'POST');
    expect(upload?.url).toBe(`/api/students/${card.id}/photo`);
    expect(upload?.headers['X-CSRF-Token']).toBe('csrf-token-1');
  });
});
