import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { DEPARTMENT, POSITION, staffCard, staffOrder } from '../staff.fixtures.ts';
import { NewStaffOrderPage } from './new-staff-order-page.tsx';

const CARD = staffCard();

function api(onPost: (request: SeenRequest) => Response = () => jsonResponse(201, staffOrder())) {
  return stubApi((request) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (request.method === 'POST' && path === '/api/staff/orders') return onPost(request);
    if (path === `/api/staff/cards/${CARD.id}`) return jsonResponse(200, CARD);
    if (path === '/api/staff/positions') return jsonResponse(200, [POSITION]);
    if (path === '/api/units') return jsonResponse(200, [DEPARTMENT]);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

async function pick(testId: string, option: string | RegExp) {
  fireEvent.click(screen.getByTestId(testId));
  fireEvent.click(await screen.findByRole('option', { name: option }, { timeout: 3000 }));
}

function typeDay(testId: string, text: string) {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

const posted = (requests: SeenRequest[]) => requests.find((request) => request.method === 'POST')?.body;
const me = meWithRoles(['hr']);

describe('new HR order', () => {
  it('drafts a hire of the person it was opened for, into a department, at a rate', async () => {
    const seen = api();
    renderWithProviders(<NewStaffOrderPage />, { me, route: `/staff/orders/new?card=${CARD.id}` });
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('order-card').value).toBe('Асанова Айгүл Бакытовна'), { timeout: 3000 });
    typeDay('order-date', '25.08.2026');
    typeDay('order-effective', '01.09.2026');
    fireEvent.change(screen.getByTestId('order-basis-input'), { target: { value: ' Заявление работника ' } });
    fireEvent.click(screen.getByTestId('submit-staff-order'));
    // the department and the position are required for a hire
    expect((await screen.findAllByText('Обязательное поле')).length).toBe(2);
    expect(posted(seen.requests)).toBeUndefined();

    await pick('order-unit', /Кафедра информатики/);
    await pick('order-position', 'Доцент');
    fireEvent.change(screen.getByTestId('order-rate'), { target: { value: '0.5' } });
    await pick('order-employment', 'внутреннее совместительство');
    fireEvent.click(screen.getByTestId('submit-staff-order'));
    await waitFor(() => expect(posted(seen.requests)).toBeDefined());
    expect(posted(seen.requests)).toEqual({
      cardId: CARD.id,
      orderDate: '2026-08-25',
      effectiveDate: '2026-09-01',
      basis: 'Заявление работника',
      params: { kind: 'hire', unitId: DEPARTMENT.id, positionId: POSITION.id, rate: 0.5, employment: 'internalPartTime' },
    });
  }, 20_000);

  it('drafts a dismissal and shows the server’s refusal in the user’s words', async () => {
    const seen = api(() => errorResponse(409, 'STAFF_NOT_EMPLOYED', 'Асанова Айгүл Бакытовна: не работает в университете (нет действующих назначений).'));
    renderWithProviders(<NewStaffOrderPage />, { me, route: `/staff/orders/new?card=${CARD.id}` });
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('order-card').value).toBe('Асанова Айгүл Бакытовна'), { timeout: 3000 });
    await pick('order-kind', 'Увольнение');
    expect(screen.queryByTestId('order-unit')).toBeNull();
    fireEvent.change(screen.getByTestId('order-basis-input'), { target: { value: 'Заявление работника' } });
    fireEvent.click(screen.getByTestId('submit-staff-order'));
    const refusal = await screen.findByText('Асанова Айгүл Бакытовна: не работает в университете (нет действующих назначений).');
    expect(refusal.closest('[role="alert"]')?.textContent).toContain('Приказ невозможен');
    expect((posted(seen.requests) as { params: unknown }).params).toEqual({ kind: 'dismissal', reason: 'ownWish', appointmentId: null });
  }, 20_000);
});
