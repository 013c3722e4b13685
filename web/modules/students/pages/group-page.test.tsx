import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { GROUP } from '../students.fixtures.ts';

const member = { id: '80000000-0000-4000-8000-000000000001', username: 's2026000001', fullName: 'Иванов Иван Иванович', status: 'active', studyForm: 'fullTime', funding: 'grant' };

describe('group page', () => {
  it('lists the group as of the day in the address, as the signed orders placed it', async () => {
    const api = stubApi(({ url }) => {
      const { pathname, searchParams } = new URL(url, 'http://x');
      if (pathname === '/api/groups') return jsonResponse(200, [{ ...GROUP, starostaId: member.id }]);
      if (pathname === `/api/groups/${GROUP.id}/students`) return jsonResponse(200, { date: searchParams.get('date'), items: [member] });
      return errorResponse(404, 'NOT_FOUND', 'Не найдено');
    });
    const { router } = renderApp(`/groups/${GROUP.id}?date=2026-10-01`, meWithRoles(['curator']));
    expect((await screen.findByTestId('group-heading')).textContent).toBe('Группа ПИ-1-26');
    await waitFor(() => expect(screen.getAllByTestId('group-member')).toHaveLength(1));
    const dates = api.requests.filter((request) => request.url.includes('/students?')).map((request) => new URL(request.url, 'http://x').searchParams.get('date'));
    expect(dates).toContain('2026-10-01');
    expect(screen.getByTestId<HTMLInputElement>('group-as-of').value).toBe('01.10.2026');
    expect(screen.getByText('Список на 01.10.2026: 1')).toBeTruthy();
    // the list of that day, to download
    expect(screen.getByTestId('group-list-xlsx').getAttribute('href')).toMatch(/\/students\/export\.xlsx\?date=2026-10-01$/);
    expect(screen.getByTestId('group-member').textContent).toContain('Староста');
    // a curator reads the group but does not change its curator or starosta
    expect(screen.queryByTestId('group-staff-form')).toBeNull();
    expect(router.state.location.search).toBe('?date=2026-10-01');

    // another day (typed): the address keeps it and the list is asked for again
    const input = screen.getByTestId('group-as-of');
    input.focus();
    fireEvent.change(input, { target: { value: '15.10.2026' } });
    fireEvent.blur(input);
    await waitFor(() => expect(router.state.location.search).toBe('?date=2026-10-15'));
    await waitFor(() => expect(api.requests.some((request) => request.url.endsWith('/students?date=2026-10-15'))).toBe(true));
    expect(await screen.findByText('Список на 15.10.2026: 1')).toBeTruthy();
  });
});
