import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { staffOrder } from '../staff.fixtures.ts';

const DRAFT = staffOrder();

function serve() {
  let current = DRAFT;
  return stubApi(({ url, method }) => {
    if (method === 'POST' && url === `/api/staff/orders/${DRAFT.id}/sign`) {
      current = { ...DRAFT, status: 'signed', signedByName: 'Кадрова Гүлнара', signedAt: '2026-08-25T05:00:00Z' };
      return jsonResponse(200, current);
    }
    if (url === `/api/staff/orders/${DRAFT.id}`) return jsonResponse(200, current);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('HR order page', () => {
  it('lays the order out as the document: heading, subject, ПРИКАЗЫВАЮ, the item, basis', async () => {
    serve();
    renderApp(`/staff/orders/${DRAFT.id}`, meWithRoles(['hr']));
    expect((await screen.findByTestId('staff-order-heading', {}, { timeout: 3000 })).textContent).toBe('БУЙРУК / ПРИКАЗ № 7-к/2026 от 25.08.2026');
    expect(screen.getByText('О приёме на работу')).toBeTruthy();
    expect(screen.getByText('ПРИКАЗЫВАЮ:')).toBeTruthy();
    expect(screen.getByTestId('staff-order-item').textContent).toContain(
      'Принять Асанова Айгүл Бакытовна на должность «Доцент» (Кафедра информатики) на 0,5 ставки, внутреннее совместительство, с 01.09.2026.',
    );
    expect(screen.getByTestId('staff-order-basis').textContent).toBe('Основание: Заявление работника');
    expect(screen.getByTestId('staff-order-signature').textContent).toBe('Не подписан');
  });

  it('signs a draft after a confirmation and then offers nothing more', async () => {
    const api = serve();
    renderApp(`/staff/orders/${DRAFT.id}`, meWithRoles(['hr']));
    fireEvent.click(await screen.findByTestId('sign-staff-order', {}, { timeout: 3000 }));
    expect((await screen.findByTestId('staff-sign-consequences')).textContent).toContain('изменятся с 01.09.2026');
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Подписать приказ' }));
    await waitFor(() => expect(screen.getByTestId('staff-order-status').textContent).toBe('подписан'));
    expect(screen.queryByTestId('sign-staff-order')).toBeNull();
    expect(screen.getByTestId('staff-order-signature').textContent).toContain('Подписал(а): Кадрова Гүлнара');
  });
});
