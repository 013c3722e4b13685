import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { GROUP, student } from '../students.fixtures.ts';
// loaded here, so the router's lazy imports resolve at once
import '../pages/group-page.tsx';
import '../pages/student-page.tsx';

/** Rendering the app's first page may take a while on a busy machine: wait for it, assert nothing about time. */
const SLOW = { timeout: 10_000 };

describe('print (PDF) buttons', () => {
  it('the group page prints the list of the day it shows', async () => {
    stubApi(({ url }) => {
      const { pathname, searchParams } = new URL(url, 'http://x');
      if (pathname === '/api/groups') return jsonResponse(200, [GROUP]);
      if (pathname === `/api/groups/${GROUP.id}/students`) return jsonResponse(200, { date: searchParams.get('date'), items: [] });
      return errorResponse(404, 'NOT_FOUND', 'Не найдено');
    });
    renderApp(`/groups/${GROUP.id}?date=2026-10-01`, meWithRoles(['deansOffice']));
    const button = await screen.findByTestId('group-list-pdf', {}, SLOW);
    expect(button.textContent).toBe('Печать (PDF)');
    await waitFor(() => expect(button.getAttribute('href')).toBe(`/api/groups/${GROUP.id}/students/list.pdf?date=2026-10-01`));
    expect(button.getAttribute('target')).toBe('_blank');
  });

  it('the student page prints the personal card', async () => {
    const card = student();
    stubApi(({ url }) => (url === `/api/students/${card.id}` ? jsonResponse(200, card) : url === '/api/groups' ? jsonResponse(200, [GROUP]) : errorResponse(404, 'NOT_FOUND', 'Не найдено')));
    renderApp(`/students/${card.id}`, meWithRoles(['curator']));
    expect((await screen.findByTestId('student-card-pdf', {}, SLOW)).getAttribute('href')).toBe(`/api/students/${card.id}/card.pdf`);
  });
});
