import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocation } from 'react-router';
import type { NotificationDto } from '../../../shared/notifications/notifications.contracts.ts';
import { jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../test/fixtures.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { NOTIFICATIONS_POLL_MS } from './use-notifications.ts';

const cancelled: NotificationDto = {
  id: '00000000-0000-7000-8000-000000000001',
  kind: 'registration.electiveCancelled',
  params: { discipline: 'Философия', until: '2026-09-04T12:00:00.000Z' },
  link: '/registration',
  createdAt: '2026-09-01T05:00:00.000Z',
  readAt: null,
  text: 'Дисциплина по выбору «Философия», на которую вы записались, отменена. Выберите другую до 04.09.2026 18:00.',
};
const approved: NotificationDto = {
  id: '00000000-0000-7000-8000-000000000002',
  kind: 'registration.planApproved',
  params: {},
  link: null,
  createdAt: '2026-08-31T20:00:00.000Z',
  readAt: '2026-08-31T21:00:00.000Z',
  text: 'Эдвайзер согласовал ваш индивидуальный учебный план.',
};

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

function api(items: NotificationDto[]) {
  return stubApi((request: SeenRequest) => {
    if (request.method === 'POST') return request.url.endsWith('/read-all') ? jsonResponse(200, { marked: 1 }) : new Response(null, { status: 204 });
    const unreadOnly = request.url.includes('unreadOnly=true');
    const unread = items.filter((n) => n.readAt === null);
    return jsonResponse(200, { items: unreadOnly ? unread : items, unread: unread.length });
  });
}

const render = () => {
  const me = meWithRoles(['student']);
  return renderWithProviders(
    <>
      <NotificationBell />
      <Where />
    </>,
    { me, route: '/' },
  );
};

afterEach(() => {
  vi.useRealTimers();
});

describe('notification bell', () => {
  it('names the unread count on the bell and shows it as a badge', async () => {
    const seen = api([cancelled, approved]);
    render();
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell.getAttribute('aria-label')).toBe('Уведомления: непрочитанных 1'));
    expect(bell.parentElement?.textContent).toContain('1');
    expect(seen.requests[0]?.url).toBe('/api/notifications?unreadOnly=true');
  });

  it('lists the latest with their text and time in the university’s zone; a link opens and marks read', async () => {
    const seen = api([cancelled, approved]);
    render();
    fireEvent.click(screen.getByTestId('notification-bell'));
    const item = await screen.findByTestId(`notification-${cancelled.id}`);
    expect(item.textContent).toContain('«Философия»');
    expect(item.textContent).toContain('01.09.2026 11:00');
    expect(item.textContent).toContain('Не прочитано');
    expect(screen.getByTestId(`notification-${approved.id}`).textContent).toContain('01.09.2026 02:00');
    fireEvent.click(item);
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/registration'));
    await waitFor(() => expect(seen.requests.some((r) => r.method === 'POST' && r.url === `/api/notifications/${cancelled.id}/read`)).toBe(true));
    const post = seen.requests.find((r) => r.method === 'POST');
    expect(post?.headers['X-CSRF-Token']).toBe('csrf-token-1');
  });

  it('marks all read', async () => {
    const seen = api([cancelled]);
    render();
    fireEvent.click(screen.getByTestId('notification-bell'));
    const button = await screen.findByTestId('notifications-read-all');
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(seen.requests.some((r) => r.method === 'POST' && r.url === '/api/notifications/read-all')).toBe(true));
  });

  it('says so when there is nothing, and the bell carries no count', async () => {
    api([]);
    render();
    fireEvent.click(screen.getByTestId('notification-bell'));
    expect((await screen.findByTestId('notifications-empty')).textContent).toContain('Уведомлений нет');
    expect(screen.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Уведомления');
    expect(screen.getByTestId('notifications-read-all').hasAttribute('disabled')).toBe(true);
  });

  it('asks for the count again every 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const seen = api([cancelled]);
    render();
    await waitFor(() => expect(seen.requests.length).toBe(1));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(NOTIFICATIONS_POLL_MS);
    });
    await waitFor(() => expect(seen.requests.filter((r) => r.url === '/api/notifications?unreadOnly=true').length).toBe(2));
  });
});
