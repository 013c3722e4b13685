import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { GROUP, studentRow } from '../students.fixtures.ts';

const page = (items = [studentRow()], totalCapped = false) => ({ items, total: totalCapped ? 1000 : items.length, totalCapped, page: 1, pageSize: 50 });

describe('students page', () => {
  it('asks the server with the filters kept in the address and lists the answer', async () => {
    const api = stubApi(({ url }) => (url.startsWith('/api/students') ? jsonResponse(200, page()) : jsonResponse(200, url === '/api/groups' ? [GROUP] : [])));
    renderApp('/students?q=Иван&group=' + GROUP.id + '&course=1&form=fullTime&funding=grant&status=active&page=2', meWithRoles(['personnelOffice']));
    expect((await screen.findByTestId('student-row')).textContent).toContain('Иванов Иван Иванович');
    const search = api.requests.find((request) => request.url.startsWith('/api/students?'));
    const params = new URL(search?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(params)).toEqual({
      q: 'Иван',
      groupId: GROUP.id,
      course: '1',
      studyForm: 'fullTime',
      funding: 'grant',
      status: 'active',
      page: '2',
      pageSize: '50',
    });
    expect(screen.getByTestId('student-row').textContent).toContain('обучается');
  });

  it('says "more than" when the server stopped counting', async () => {
    stubApi(({ url }) => (url.startsWith('/api/students') ? jsonResponse(200, page([studentRow()], true)) : jsonResponse(200, [])));
    renderApp('/students?q=ов', meWithRoles(['personnelOffice']));
    expect(await screen.findByText(/из более чем 1000 — уточните поиск/)).toBeTruthy();
  });

  it('offers a new card only with students.student.manage, and shows an empty list helpfully', async () => {
    stubApi(({ url }) => jsonResponse(200, url.startsWith('/api/students') ? page([]) : []));
    renderApp('/students', meWithRoles(['deansOffice']));
    expect(await screen.findByText('Студенты не найдены')).toBeTruthy();
    expect(screen.queryByTestId('create-student')).toBeNull();
  });

  it('shows the PIN refusal of the server at the PIN field of a new card', async () => {
    const api = stubApi(({ url, method }) =>
      method === 'POST'
        ? jsonResponse(400, { error: { code: 'PERSONAL_NUMBER_INVALID', message: 'Неверный ПИН: 14 цифр, первая 1 или 2, затем дата рождения ДДММГГГГ.', requestId: 'r1' } })
        : jsonResponse(200, url.startsWith('/api/students') ? page([]) : []),
    );
    renderApp('/students', meWithRoles(['personnelOffice']));
    fireEvent.click(await screen.findByTestId('create-student'));
    const fill = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });
    fill('field-username', 's2026000099');
    fill('field-password', 'Start-2026!');
    fill('field-lastName', 'Асанова');
    fill('field-firstName', 'Айпери');
    const birth = screen.getByTestId('field-birthDate');
    birth.focus();
    fill('field-birthDate', '14.05.2008');
    fireEvent.blur(birth);
    fireEvent.click(screen.getByTestId('field-gender'));
    fireEvent.click(await screen.findByRole('option', { name: 'женский' }));
    fill('field-personalNumber', '31405200812345');
    fireEvent.click(screen.getByTestId('create-student-submit'));
    await waitFor(() => expect(api.requests.some((request) => request.method === 'POST')).toBe(true));
    const post = api.requests.find((request) => request.method === 'POST');
    expect(post?.body).toMatchObject({ username: 's2026000099', birthDate: '2008-05-14', gender: 'female', personalNumber: '31405200812345', citizenship: 'KG' });
    await waitFor(() => expect(screen.getByTestId('field-personalNumber').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Неверный ПИН: 14 цифр, первая 1 или 2, затем дата рождения ДДММГГГГ.')).toBeTruthy();
  });
});
