import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, meWithRoles } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { plan, PROGRAM_ID, serveCurricula } from '../curricula.fixtures.ts';

const older = plan({ id: '60000000-0000-4000-8000-000000000005', admissionYear: 2025, status: 'approved', approvedAt: '2025-06-01T08:00:00Z' });

describe('study plans list', () => {
  it('lists the plans with kind, year, version and status, and filters by admission year', async () => {
    const api = serveCurricula({ plans: [plan(), older] });
    renderApp('/curricula/plans?status=approved&year=2025', meWithRoles(['registrar']));
    const rows = await screen.findAllByTestId('plan-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('580100 — Прикладная информатика');
    expect(rows[0]!.textContent).toContain('Рабочий учебный план');
    expect(rows[0]!.textContent).toContain('2025');
    expect(api.requests.some((r) => r.url.includes('status=approved'))).toBe(true);
    expect(screen.queryByTestId('create-plan')).toBeNull();
  });

  it('lets a department create a working plan for an admission year', async () => {
    const created = plan({ id: '60000000-0000-4000-8000-000000000007', lines: [], findings: [] });
    const api = serveCurricula({
      plans: [created],
      extra: ({ method }, path) => {
        if (path === '/api/programs') return jsonResponse(200, [{ id: PROGRAM_ID, code: '580100', nameRu: 'Прикладная информатика', nameKy: 'Колдонмо информатика', nameEn: 'Applied Informatics', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: 'd', departmentName: 'Кафедра' }]);
        return method === 'POST' && path === '/api/plans' ? jsonResponse(201, created) : null;
      },
    });
    const { router } = renderApp('/curricula/plans', meWithRoles(['department']));
    fireEvent.click(await screen.findByTestId('create-plan'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByTestId('plan-program').hasAttribute('disabled')).toBe(false));
    fireEvent.click(within(dialog).getByTestId('plan-program'));
    fireEvent.click(await screen.findByRole('option', { name: '580100 — Прикладная информатика' }));
    fireEvent.change(within(dialog).getByTestId('plan-admission-year'), { target: { value: '2027' } });
    fireEvent.click(within(dialog).getByTestId('create-plan-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/curricula/plans/${created.id}`));
    expect(api.requests.find((r) => r.method === 'POST')!.body).toEqual({ programId: PROGRAM_ID, kind: 'working', admissionYear: 2027 });
  });
});
