import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OverviewDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const counts = { students: 25, none: 2, draft: 5, submitted: 4, advisorApproved: 3, deanApproved: 0, accepted: 11, withHolds: 1, fullyRegistered: 9 };
const overview = (canClose: boolean): OverviewDto => ({ academicYear: 2026, term: 'autumn', today: '2026-09-05', groups: [{ groupId: 'g1', groupCode: 'ПИ-1-25', ...counts }], totals: counts, canClose });

function serve(canClose: boolean) {
  return stubApi((request) => {
    if (request.method === 'POST' && request.url === '/api/registration/close')
      return jsonResponse(200, { academicYear: 2026, term: 'autumn', cancelled: [{ offeringId: 'o1', discipline: 'E31 Веб-программирование', students: 4, minimum: 6, rechooseUntil: '2026-09-10' }], proposals: [{ offeringId: 'o2', discipline: 'CS201 Алгоритмы', kind: 'practice', enrolled: 25, waiting: 7, capacity: 25, suggestedCapacity: 12 }] });
    if (request.url.startsWith('/api/registration/overview')) return jsonResponse(200, overview(canClose));
    if (request.url === '/api/units') return jsonResponse(200, []);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('the registration overview', { timeout: 20_000 }, () => {
  it('counts per group, links the lists for the term shown, and closes registration after spelling out what happens', async () => {
    const api = serve(true);
    renderApp('/registration/overview', meWithRoles(['registrar']));
    const row = await screen.findByTestId('overview-group', {}, { timeout: 5000 });
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['ПИ-1-25', '25', '9', '1', '2', '5', '4', '3', '0', '11']);
    expect(screen.getByTestId('overview-xlsx').getAttribute('href')).toBe('/api/registration/lists.xlsx?academicYear=2026&term=autumn');
    fireEvent.click(screen.getByTestId('overview-close'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Дисциплины по выбору, набравшие меньше минимума, будут отменены; их студенты получат уведомление и в течение 3 дней выберут другие.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Закрыть регистрацию' }));
    const result = await screen.findByTestId('close-result', {}, { timeout: 5000 });
    expect(result.textContent).toContain('E31 Веб-программирование: 4 студ. при минимуме 6');
    expect(result.textContent).toContain('CS201 Алгоритмы, Практика: записано 25, ждут 7 — открыть ещё один на 12 мест');
    await waitFor(() => expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ body: { academicYear: 2026, term: 'autumn' } }));
  });

  it('shows an advisor the counts without closing', async () => {
    serve(false);
    renderApp('/registration/overview', meWithRoles(['advisor']));
    await screen.findByTestId('overview-totals', {}, { timeout: 5000 });
    expect(screen.queryByTestId('overview-close')).toBeNull();
  });
});
