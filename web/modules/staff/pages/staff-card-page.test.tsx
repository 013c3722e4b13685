import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { staffCard } from '../staff.fixtures.ts';

const CARD = staffCard();

function serve(card: typeof CARD | null = CARD) {
  return stubApi(({ url, method }) => {
    if (method === 'PATCH' && url === `/api/staff/cards/${CARD.id}`) return jsonResponse(200, { ...CARD, phone: '+996 555 123 456' });
    if (url === `/api/staff/cards/${CARD.id}` && card) return jsonResponse(200, card);
    if (url === '/api/staff/cards/me') return jsonResponse(200, card);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('staff card page', () => {
  it('shows the facts, today’s appointment, the history of periods with their orders, and the awards', async () => {
    serve();
    renderApp(`/staff/cards/${CARD.id}`, meWithRoles(['hr']));
    expect((await screen.findByTestId('staff-card-heading', {}, { timeout: 3000 })).textContent).toContain('Асанова Айгүл Бакытовна');
    expect(screen.getByText('кандидат наук (физико-математических наук)')).toBeTruthy();
    expect(screen.getByText('11005198000001')).toBeTruthy();
    const history = screen.getAllByTestId('appointment-row').slice(1).map((row) => row.textContent);
    expect(history[0]).toContain('с 01.09.2015 по 01.09.2020');
    expect(history[1]).toContain('с 01.09.2020 по настоящее время');
    expect(screen.getByRole('link', { name: '5-к/2015' }).getAttribute('href')).toBe(`/staff/orders/${CARD.history[0]!.orderId}`);
    expect(screen.getByTestId('awards').textContent).toContain('25.12.2025 — почётная грамота: За добросовестный труд');
    expect(screen.getByTestId('new-staff-order').getAttribute('href')).toBe(`/staff/orders/new?card=${CARD.id}`);
  });

  it('lets HR edit the card’s facts, sending only what changed', async () => {
    const api = serve();
    renderApp(`/staff/cards/${CARD.id}`, meWithRoles(['hr']));
    fireEvent.click(await screen.findByTestId('edit-staff-card', {}, { timeout: 3000 }));
    fireEvent.change(await screen.findByTestId('edit-phone'), { target: { value: ' +996 555 123 456 ' } });
    fireEvent.change(screen.getByTestId('edit-degreeField'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('edit-card-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ phone: '+996 555 123 456', degreeField: null }));
  });

  it('shows a teacher their own card from the cabinet, without HR actions or order links', async () => {
    serve();
    renderApp('/staff/me', meWithRoles(['teacher'], { id: CARD.userId }));
    expect((await screen.findByTestId('staff-card-heading', {}, { timeout: 3000 })).textContent).toContain('моя карточка');
    expect(screen.queryByTestId('new-staff-order')).toBeNull();
    expect(screen.queryByRole('link', { name: '5-к/2015' })).toBeNull();
  });

  it('says so when the person has no staff card yet', async () => {
    serve(null);
    renderApp('/staff/me', meWithRoles(['teacher']));
    expect(await screen.findByText('Кадровой карточки пока нет', {}, { timeout: 3000 })).toBeTruthy();
  });
});
