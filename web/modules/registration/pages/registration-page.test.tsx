import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RegistrationViewDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { PLAN_ID, registrationView, STUDENT_ID } from '../registration.fixtures.ts';

function serve(view: RegistrationViewDto, onPost: (r: SeenRequest) => Response = () => jsonResponse(201, {})) {
  return stubApi((request) => {
    if (request.method === 'POST') return onPost(request);
    if (request.url.startsWith('/api/students?')) return jsonResponse(200, { items: [{ id: STUDENT_ID }], total: 1, page: 1, pageSize: 1 });
    if (request.url.startsWith(`/api/students/${STUDENT_ID}/registration`)) return jsonResponse(200, view);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

const lineCard = async (code: string) => (await screen.findAllByTestId('line', {}, { timeout: 5000 })).find((el) => el.getAttribute('data-code') === code)!;

describe('the student registration page', { timeout: 20_000 }, () => {
  it('shows the term, the window, credits against the limits, tuition, and each line with its sections and seats', async () => {
    serve(registrationView());
    renderApp('/registration', meWithRoles(['student']));
    const header = await screen.findByTestId('term-header', {}, { timeout: 5000 });
    expect(within(header).getByTestId('window-state').textContent).toBe('Регистрация открыта');
    expect(within(header).getByTestId('window-dates').textContent).toBe('Регистрация на дисциплины: до 06.09.2026 включительно.');
    expect(within(header).getByTestId('credits').textContent).toBe('Кредитов: 12 (от 22 до 33)');
    expect(screen.getByTestId('tuition-due').textContent).toMatch(/^К оплате: 20\s000 сом$/);
    const cs201 = await lineCard('CS201');
    const sections = within(cs201).getAllByTestId('section');
    expect(sections.map((s) => s.getAttribute('data-state'))).toEqual(['mine', 'full', 'open']);
    expect(within(sections[0]!).getByTestId('section-leave')).toBeTruthy();
    expect(within(sections[1]!).getByTestId('section-wait').textContent).toBe('В лист ожидания');
    expect(within(sections[2]!).getByTestId('seats-left').textContent).toBe('Свободно мест: 15 из 20');
    expect(screen.getByTestId('plan-checks').textContent).toContain('В семестре 12 кредитов — меньше минимума (22).');
  });

  it('takes a seat, and shows the server’s refusal inside the card in the user’s words', async () => {
    const api = serve(registrationView(), () => errorResponse(409, 'SECTION_FULL', 'В группе Практика 2 нет мест (20): выберите другую группу или встаньте в лист ожидания.'));
    renderApp('/registration', meWithRoles(['student']));
    const cs202 = await lineCard('CS202');
    fireEvent.click(within(cs202).getByRole('button', { name: 'Занять место: CS202 Практика 2' }));
    expect(await within(cs202).findByText('В группе Практика 2 нет мест (20): выберите другую группу или встаньте в лист ожидания.')).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ url: `/api/students/${STUDENT_ID}/enrolments`, body: { planLineId: 'l-CS202', sectionId: 's-CS202-p2' } });
  });

  it('joins the waitlist of a full section, chooses an elective and submits the plan', async () => {
    const api = serve(registrationView());
    renderApp('/registration', meWithRoles(['student']));
    const cs202 = await lineCard('CS202');
    fireEvent.click(within(cs202).getByRole('button', { name: 'В лист ожидания: CS202 Практика 1' }));
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'POST')[0]).toMatchObject({ body: { planLineId: 'l-CS202', sectionId: 's-CS202-p1', waitlist: true } }));
    fireEvent.click(screen.getByRole('button', { name: 'Выбрать «Веб-программирование»' }));
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'POST')[1]).toMatchObject({ url: `/api/individual-plans/${PLAN_ID}/lines`, body: { kind: 'elective', disciplineId: 'd-E31' } }));
    fireEvent.click(screen.getByTestId('plan-submit'));
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'POST')[2]).toMatchObject({ url: `/api/individual-plans/${PLAN_ID}/submit` }));
  });

  it('accepts a seat offered from the waitlist before its deadline', async () => {
    const view = registrationView();
    view.lines[1]!.sections[1]!.waitlist = { id: 'w1', status: 'offered', position: null, offerExpiresAt: '2026-09-03T06:00:00Z' };
    const api = serve(view);
    renderApp('/registration', meWithRoles(['student']));
    const cs202 = await lineCard('CS202');
    expect(within(cs202).getByTestId('waitlist-offer').textContent).toContain('Для вас освободилось место — подтвердите до 03.09.2026');
    fireEvent.click(within(cs202).getByRole('button', { name: 'Занять место: CS202 Практика 1' }));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'POST')?.url).toBe('/api/waitlist/w1/accept'));
  });

  it('shows holds with their reasons and no buttons when the server says the student may not change anything', async () => {
    serve(registrationView({ holds: [{ id: 'h1', kind: 'financial', reason: 'Не оплачен осенний семестр', since: '2026-09-01', until: null }] }, {}));
    renderApp('/registration', meWithRoles(['student']));
    expect((await screen.findByTestId('holds-banner', {}, { timeout: 5000 })).textContent).toContain('Финансовая: Не оплачен осенний семестр');
    expect(screen.queryByTestId('section-take')).toBeNull();
    expect(screen.queryByTestId('plan-submit')).toBeNull();
    expect(screen.queryByTestId('choose-elective')).toBeNull();
  });

  it('shows the schedule of sections and the badge once accepted and paid', async () => {
    serve(registrationView({ isFullyRegistered: true, checks: [], tuition: { funding: 'contract', credits: 30, pricePerCredit: 2500, tuition: 75000, paid: 75000, isPaid: true }, plan: { id: PLAN_ID, status: 'registrarAccepted', revision: 0, needsDeanApproval: false, history: [] } }, {}));
    renderApp('/registration', meWithRoles(['student']));
    expect((await screen.findByTestId('fully-registered', {}, { timeout: 5000 })).textContent).toBe('Полностью зарегистрирован(а)');
    expect(screen.getAllByTestId('schedule-row').map((r) => r.textContent)).toEqual(['CS201 Дисциплина CS201Лекция 1Токтогулов Марат']);
    expect(screen.getByTestId('tuition-due').textContent).toBe('Семестр оплачен полностью');
  });
});
