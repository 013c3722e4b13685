import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HoldDto, StudentHoldsDto } from '../../../../shared/modules/registration/registration.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { student } from '../../students/students.fixtures.ts';

const card = student();
const CASHIER = { userId: 'c0000000-0000-4000-8000-000000000001', fullName: 'Иманалиева Айгерим' };
const FINANCIAL: HoldDto = { id: 'a0000000-0000-4000-8000-000000000001', studentId: card.id, kind: 'financial', reason: 'Не оплачен осенний семестр', since: '2026-09-01', until: null, setBy: CASHIER, setAt: '2026-09-01T04:00:00Z', lifted: null, isActive: true, canLift: true };
const LIBRARY: HoldDto = { ...FINANCIAL, id: 'a0000000-0000-4000-8000-000000000002', kind: 'library', reason: 'Не возвращены 2 книги', since: '2026-08-01', isActive: false, canLift: false, lifted: { by: { userId: 'l1', fullName: 'Осмонова Бүбү' }, at: '2026-08-20T05:00:00Z', on: '2026-08-20', note: 'Книги возвращены' } };

function serve(holds: StudentHoldsDto, onMutation: (url: string, body: unknown) => Response = () => jsonResponse(201, FINANCIAL)) {
  return stubApi(({ url, method, body }) => {
    if (method !== 'GET') return onMutation(url, body);
    if (url === `/api/students/${card.id}`) return jsonResponse(200, card);
    if (url === `/api/students/${card.id}/holds`) return jsonResponse(200, holds);
    if (url === `/api/students/${card.id}/parents`) return jsonResponse(200, []);
    if (url === '/api/groups') return jsonResponse(200, []);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

const list = (items: HoldDto[], canSet: StudentHoldsDto['canSet'] = ['financial']): StudentHoldsDto => ({ studentId: card.id, today: '2026-09-01', items, canSet });

describe('the holds panel on the student card', { timeout: 20_000 }, () => {
  it('highlights active holds, shows lifted ones with their note, and sets a hold of a kind the cashier may set', async () => {
    const api = serve(list([FINANCIAL, LIBRARY]));
    renderApp(`/students/${card.id}`, meWithRoles(['cashier']));
    const panel = await screen.findByTestId('holds-panel', {}, { timeout: 5000 });
    expect((await within(panel).findByTestId('holds-active')).textContent).toBe('Действующих блокировок: 1 — регистрация закрыта');
    const [active, lifted] = within(panel).getAllByTestId('hold');
    expect(active!.getAttribute('data-state')).toBe('active');
    expect(active!.textContent).toContain('Финансовая');
    expect(active!.textContent).toContain('Действует');
    expect(active!.textContent).toContain('с 01.09.2026');
    expect(lifted!.getAttribute('data-state')).toBe('lifted');
    expect(within(lifted!).getByTestId('hold-lifted').textContent).toContain('снял(а) Осмонова Бүбү');
    expect(within(lifted!).getByTestId('hold-lifted').textContent).toContain('Книги возвращены');
    expect(within(lifted!).queryByTestId('lift-hold')).toBeNull();

    fireEvent.click(within(panel).getByTestId('set-hold'));
    const form = await screen.findByTestId('set-hold-form');
    fireEvent.click(within(form).getByTestId('set-hold-submit'));
    expect(await within(form).findByText('Обязательное поле')).toBeTruthy();
    fireEvent.change(within(form).getByTestId('hold-reason'), { target: { value: 'Долг за общежитие' } });
    fireEvent.click(within(form).getByTestId('set-hold-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ url: `/api/students/${card.id}/holds`, body: { kind: 'financial', reason: 'Долг за общежитие', since: '2026-09-01', until: null } }));
  });

  it('lifts with a note after saying what happens, and shows the refusal when someone lifted it first', async () => {
    const api = serve(list([FINANCIAL]), () => errorResponse(409, 'HOLD_ALREADY_LIFTED', 'Эта блокировка уже снята.'));
    renderApp(`/students/${card.id}`, meWithRoles(['cashier']));
    fireEvent.click(await screen.findByRole('button', { name: 'Снять блокировку «Финансовая»' }, { timeout: 5000 }));
    const form = await screen.findByTestId('lift-hold-form');
    expect(form.textContent).toContain('С сегодняшнего дня блокировка перестанет закрывать регистрацию.');
    fireEvent.click(within(form).getByTestId('lift-hold-submit'));
    expect(await within(form).findByText('Обязательное поле')).toBeTruthy();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.change(within(form).getByTestId('lift-note'), { target: { value: 'Оплачено, квитанция № 17' } });
    fireEvent.click(within(form).getByTestId('lift-hold-submit'));
    expect(await within(form).findByText('Эта блокировка уже снята.')).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ url: `/api/holds/${FINANCIAL.id}/lift`, body: { note: 'Оплачено, квитанция № 17' } });
  });

  it('shows a student their holds without buttons, and an empty state when there are none', async () => {
    serve(list([{ ...FINANCIAL, canLift: false }], []));
    renderApp(`/students/${card.id}`, meWithRoles(['student']));
    expect((await screen.findAllByTestId('hold', {}, { timeout: 5000 })).length).toBe(1);
    expect(screen.queryByTestId('set-hold')).toBeNull();
    expect(screen.queryByTestId('lift-hold')).toBeNull();
  });

  it('says nothing blocks registration when there are no holds', async () => {
    serve(list([], []));
    renderApp(`/students/${card.id}`, meWithRoles(['curator']));
    expect(await screen.findByText('Блокировок нет', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Регистрации этого студента ничто не мешает.')).toBeTruthy();
  });
});
