import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProgramDto } from '../../../../shared/modules/students/students.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { GROUP } from '../students.fixtures.ts';

const PROGRAM: ProgramDto = { id: GROUP.programId, code: '580100', nameRu: 'Прикладная информатика', nameKy: 'Колдонмо информатика', nameEn: 'Applied informatics', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: GROUP.departmentId, departmentName: 'Кафедра ПИ' };

function serve(group: typeof GROUP, onMutation: (url: string, body: unknown) => Response) {
  return stubApi(({ url, method, body }) => {
    if (method !== 'GET') return onMutation(url, body);
    const { pathname } = new URL(url, 'http://x');
    if (pathname === '/api/groups') return jsonResponse(200, [group]);
    if (pathname === '/api/programs') return jsonResponse(200, [PROGRAM]);
    if (pathname === '/api/units') return jsonResponse(200, []);
    if (pathname === `/api/groups/${group.id}/students`) return jsonResponse(200, { date: '2026-09-01', items: [] });
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('editing a group', { timeout: 20_000 }, () => {
  it('sends only what changed, and keeps program and year locked while the group has students', async () => {
    const api = serve({ ...GROUP, studentCount: 3 }, () => errorResponse(409, 'GROUP_CODE_TAKEN', 'Группа «ПИ-2-26» уже есть.'));
    renderApp(`/groups/${GROUP.id}`, meWithRoles(['personnelOffice']));
    fireEvent.click(await screen.findByTestId('edit-group', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('edit-group-form');
    expect(within(form).getByTestId('group-settled-hint').textContent).toContain('программу и год набора изменить нельзя');
    expect(within(form).getByLabelText(/Год набора/).hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(form).getByLabelText(/Код группы/), { target: { value: 'ПИ-2-26' } });
    fireEvent.click(within(form).getByTestId('edit-group-submit'));
    expect(await within(form).findByText('Группа «ПИ-2-26» уже есть.')).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'PATCH')).toMatchObject({ url: `/api/groups/${GROUP.id}`, body: { code: 'ПИ-2-26' } });
  });

  it('lets a group without students change its admission year', async () => {
    const api = serve(GROUP, () => jsonResponse(200, { ...GROUP, admissionYear: 2025 }));
    renderApp(`/groups/${GROUP.id}`, meWithRoles(['personnelOffice']));
    fireEvent.click(await screen.findByTestId('edit-group', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('edit-group-form');
    expect(within(form).queryByTestId('group-settled-hint')).toBeNull();
    fireEvent.change(within(form).getByLabelText(/Год набора/), { target: { value: '2025' } });
    fireEvent.click(within(form).getByTestId('edit-group-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ admissionYear: 2025 }));
  });

  it('offers no editing to a curator', async () => {
    serve(GROUP, () => errorResponse(403, 'FORBIDDEN', 'Нет доступа'));
    renderApp(`/groups/${GROUP.id}`, meWithRoles(['curator']));
    expect(await screen.findByTestId('group-heading', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('edit-group')).toBeNull();
  });
});

describe('editing a program', { timeout: 20_000 }, () => {
  it('chooses the program, then sends only the changed credits', async () => {
    const api = serve(GROUP, () => jsonResponse(200, { ...PROGRAM, credits: 250 }));
    renderApp('/programs', meWithRoles(['personnelOffice']));
    fireEvent.click(await screen.findByTestId('edit-program', {}, { timeout: 5000 }));
    await waitFor(() => expect(screen.getByTestId('edit-program').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('edit-program'));
    fireEvent.click(await screen.findByTestId('edit-program-choose'));
    fireEvent.click(await screen.findByRole('option', { name: '580100 — Прикладная информатика' }));
    const form = await screen.findByTestId('edit-program-form');
    fireEvent.change(within(form).getByLabelText(/Кредиты/), { target: { value: '250' } });
    fireEvent.click(within(form).getByTestId('edit-program-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'PATCH')).toMatchObject({ url: `/api/programs/${PROGRAM.id}`, body: { credits: 250 } }));
  });
});
