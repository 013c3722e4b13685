import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { GROUP, order } from '../students.fixtures.ts';

const DRAFT = order();

function serve() {
  let current = DRAFT;
  return stubApi(({ url, method }) => {
    if (method === 'POST' && url === `/api/orders/${DRAFT.id}/sign`) {
      current = { ...DRAFT, status: 'signed', signedAt: '2026-08-25T05:00:00Z' };
      return jsonResponse(200, current);
    }
    if (url === `/api/orders/${DRAFT.id}`) return jsonResponse(200, current);
    if (url === '/api/groups') return jsonResponse(200, [GROUP]);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('order page', () => {
  it('lays the order out as the document: heading, subject, ПРИКАЗЫВАЮ, numbered items, basis', async () => {
    serve();
    renderApp(`/orders/${DRAFT.id}`, meWithRoles(['personnelOffice']));
    expect((await screen.findByTestId('order-heading')).textContent).toBe('ПРИКАЗ № 5/2026 от 25.08.2026');
    expect(screen.getByText('О зачислении студентов')).toBeTruthy();
    expect(screen.getByTestId('order-imperative').textContent).toBe('ПРИКАЗЫВАЮ:');
    await waitFor(() =>
      expect(screen.getByTestId('order-item').textContent).toContain(
        'Зачислить Иванов Иван Иванович (в группу ПИ-1-26, основа обучения: грант (бюджет)) с 01.09.2026.',
      ),
    );
    expect(screen.getByTestId('order-basis').textContent).toBe('Основание: Решение приёмной комиссии');
  });

  it('signs a draft only after a confirmation that spells out the consequences', async () => {
    const api = serve();
    renderApp(`/orders/${DRAFT.id}`, meWithRoles(['personnelOffice']));
    fireEvent.click(await screen.findByTestId('sign-order'));
    const consequences = await screen.findByTestId('sign-consequences');
    expect(consequences.textContent).toContain('с 01.09.2026');
    expect(consequences.textContent).toContain('только отменить другим приказом');
    expect(api.requests.some((request) => request.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Подписать приказ' }));
    await waitFor(() => expect(api.requests.some((request) => request.url === `/api/orders/${DRAFT.id}/sign`)).toBe(true));
    expect(await screen.findByTestId('cancel-order')).toBeTruthy();
  });

  it('offers no signing to the dean’s office, which only drafts orders', async () => {
    serve();
    renderApp(`/orders/${DRAFT.id}`, meWithRoles(['deansOffice']));
    await screen.findByTestId('order-document');
    expect(screen.queryByTestId('sign-order')).toBeNull();
  });
});
