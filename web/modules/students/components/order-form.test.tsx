import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { NewOrderPage } from '../pages/new-order-page.tsx';
import { GROUP, order, OTHER_GROUP, student, studentRow } from '../students.fixtures.ts';

const me = meWithRoles(['personnelOffice']);
const STUDENT = student();

function api(onPost: (request: SeenRequest) => Response = () => jsonResponse(201, order())) {
  return stubApi((request) => {
    const url = new URL(request.url, 'http://x');
    if (request.method === 'POST' && url.pathname === '/api/orders') return onPost(request);
    if (url.pathname === `/api/students/${STUDENT.id}`) return jsonResponse(200, STUDENT);
    if (url.pathname === '/api/students') return jsonResponse(200, { items: [studentRow()], total: 1, page: 1, pageSize: 20 });
    if (url.pathname === '/api/groups') return jsonResponse(200, [GROUP, OTHER_GROUP]);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

async function pick(testId: string, option: string | RegExp) {
  fireEvent.click(screen.getByTestId(testId));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

function typeDay(testId: string, text: string) {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

const posted = (requests: SeenRequest[]) => requests.find((request) => request.method === 'POST')?.body;

describe('order form', () => {
  it('drafts an enrolment for the student it was opened for, with the group, funding, dates and basis', async () => {
    const seen = api();
    renderWithProviders(<NewOrderPage />, { me, route: `/orders/new?student=${STUDENT.id}` });
    // a student not yet enrolled: the form starts as an enrolment with them on the first line
    await screen.findByTestId('order-form');
    expect(screen.getByTestId<HTMLInputElement>('order-kind').value).toBe('Зачисление');
    expect(screen.getByTestId<HTMLInputElement>('item-0-student').value).toContain('Иванов Иван Иванович');

    typeDay('order-date', '25.08.2026');
    typeDay('order-effective-date', '01.09.2026');
    fireEvent.change(screen.getByTestId('order-reason'), { target: { value: ' Решение приёмной комиссии ' } });
    fireEvent.click(screen.getByTestId('order-submit'));
    // the group and the funding are required for an enrolment
    expect((await screen.findAllByText('Обязательное поле')).length).toBe(2);
    expect(posted(seen.requests)).toBeUndefined();

    await pick('item-0-groupId', /^ПИ-1-26/);
    await pick('item-0-funding', 'грант (бюджет)');
    fireEvent.click(screen.getByTestId('order-submit'));
    await waitFor(() => expect(posted(seen.requests)).toBeDefined());
    expect(posted(seen.requests)).toEqual({
      kind: 'enrol',
      orderDate: '2026-08-25',
      effectiveDate: '2026-09-01',
      reason: 'Решение приёмной комиссии',
      items: [{ studentId: STUDENT.id, params: { kind: 'enrol', groupId: GROUP.id, funding: 'grant' } }],
    });
  });

  it('drafts a transfer with only what changes, finding the student by name, and shows a refusal', async () => {
    const seen = api(() =>
      errorResponse(400, 'TRANSFER_LEVEL_MISMATCH', 'Иванов Иван Иванович: перевод в группу другого уровня обучения невозможен.'),
    );
    renderWithProviders(<NewOrderPage />, { me, route: '/orders/new' });
    await pick('order-kind', 'Перевод');
    // typed, as a user does (a combobox takes only what is typed into it while it has focus)
    const input = screen.getByTestId('item-0-student');
    input.focus();
    fireEvent.change(input, { target: { value: 'Иванов' } });
    fireEvent.click(await screen.findByRole('option', { name: /Иванов Иван Иванович \(s2026000001/ }, { timeout: 3000 }));
    const search = seen.requests.find((request) => request.url.startsWith('/api/students?'));
    expect(new URL(search?.url ?? '', 'http://x').searchParams.get('q')).toBe('Иванов');

    fireEvent.change(screen.getByTestId('order-reason'), { target: { value: 'Заявление студента' } });
    fireEvent.click(screen.getByTestId('order-submit'));
    // a transfer must change something
    expect(await screen.findByText('Укажите, что меняется: группа, форма или основа обучения')).toBeTruthy();

    await pick('item-0-groupId', /^ПИ-2-26/);
    await pick('item-0-funding', 'контракт');
    fireEvent.click(screen.getByTestId('order-submit'));
    await waitFor(() => expect(posted(seen.requests)).toBeDefined());
    const body = posted(seen.requests) as { kind: string; items: unknown[] };
    expect(body.kind).toBe('transfer');
    expect(body.items).toEqual([
      { studentId: STUDENT.id, params: { kind: 'transfer', groupId: OTHER_GROUP.id, funding: 'contract' } },
    ]);
    const refusal = await screen.findByText('Иванов Иван Иванович: перевод в группу другого уровня обучения невозможен.');
    expect(refusal.closest('[role="alert"]')?.textContent).toContain('Приказ не принят');
  });
});
