import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QueueDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { PLAN_ID, registrationView, STUDENT_ID } from '../registration.fixtures.ts';

const queue = (extra: Partial<QueueDto> = {}): QueueDto => ({
  step: 'approve', steps: ['approve'], page: 1, pageSize: 50, total: 1,
  items: [{ planId: PLAN_ID, studentId: STUDENT_ID, studentName: 'Асанова Айгерим', groupCode: 'ПИ-1-25', academicYear: 2026, course: 2, status: 'submitted', revision: 0, needsDeanApproval: false, credits: 30, submittedAt: '2026-09-02T05:00:00Z' }],
  ...extra,
});

function serve(q: QueueDto, abilities: Parameters<typeof registrationView>[1]) {
  return stubApi((request) => {
    if (request.method === 'POST') return jsonResponse(200, {});
    if (request.url.startsWith('/api/registration/queue')) return jsonResponse(200, q);
    if (request.url.startsWith(`/api/students/${STUDENT_ID}/registration`)) return jsonResponse(200, registrationView({ plan: { id: PLAN_ID, status: 'submitted', revision: 0, needsDeanApproval: false, history: [] }, checks: [] }, abilities));
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('the review queue', { timeout: 20_000 }, () => {
  it('lists the advisor’s submitted plans and approves one from the review drawer', async () => {
    const api = serve(queue(), { canApprove: true, canReturn: true });
    renderApp('/registration/queue', meWithRoles(['advisor']));
    const item = await screen.findByTestId('queue-item', {}, { timeout: 5000 });
    expect(item.textContent).toContain('Асанова Айгерим');
    expect(item.textContent).toContain('ПИ-1-25 · 2026-2027, 2 курс · Кредитов: 30');
    fireEvent.click(within(item).getByRole('button', { name: 'Открыть ИУП: Асанова Айгерим' }));
    const drawer = await screen.findByTestId('registration-view', {}, { timeout: 5000 });
    expect(within(drawer).queryByTestId('plan-accept')).toBeNull();
    expect(within(drawer).getAllByTestId('line')).toHaveLength(2);
    fireEvent.click(within(drawer).getByTestId('plan-approve'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'POST')?.url).toBe(`/api/individual-plans/${PLAN_ID}/approve`));
  });

  it('returns a plan only with a note', async () => {
    const api = serve(queue(), { canApprove: true, canReturn: true });
    renderApp('/registration/queue', meWithRoles(['advisor']));
    fireEvent.click(await screen.findByTestId('queue-open', {}, { timeout: 5000 }));
    fireEvent.click(await screen.findByTestId('plan-return', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('return-form');
    fireEvent.click(within(form).getByTestId('return-submit'));
    expect(await within(form).findByText('Обязательное поле')).toBeTruthy();
    fireEvent.change(within(form).getByTestId('return-note'), { target: { value: 'Добавьте дисциплину по выбору' } });
    fireEvent.click(within(form).getByTestId('return-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ url: `/api/individual-plans/${PLAN_ID}/return`, body: { note: 'Добавьте дисциплину по выбору' } }));
  });

  it('says there is nothing to review, and lets the registrar switch steps', async () => {
    const api = serve(queue({ step: 'accept', steps: ['approveChange', 'accept'], items: [], total: 0 }), {});
    renderApp('/registration/queue', meWithRoles(['registrar']));
    expect(await screen.findByText('Рассматривать нечего', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByText('Изменения (деканат)'));
    await waitFor(() => expect(api.requests.some((r) => r.url.includes('step=approveChange'))).toBe(true));
  });
});
