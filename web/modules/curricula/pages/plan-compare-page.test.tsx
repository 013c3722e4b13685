import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { plan, PLAN_ID, planLine, serveCurricula } from '../curricula.fixtures.ts';

const V2_ID = '60000000-0000-4000-8000-000000000002';
const v1 = plan({ status: 'superseded', canManage: false, findings: [] });
const v2 = plan({ id: V2_ID, version: 2, status: 'approved', approvedAt: '2026-03-01T08:00:00Z', canManage: false, findings: [], lines: [planLine(), planLine({ id: 'l3', disciplineId: '70000000-0000-4000-8000-000000000003', code: 'CS201', name: 'Алгоритмы' })] });

describe('versions and comparison', () => {
  it('lists the program’s versions with links to compare', async () => {
    serveCurricula({ plans: [v1, v2] });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    expect((await screen.findByTestId('plan-read-only')).textContent).toContain('заменена более новой');
    const versions = await screen.findAllByTestId('plan-version');
    expect(versions).toHaveLength(2);
    expect(within(versions[0]!).getByTestId('compare-link').getAttribute('href')).toBe(`/curricula/plans/${V2_ID}/compare/${PLAN_ID}`);
    // a superseded plan: neither editable nor a source of a new version
    expect(screen.queryByTestId('save-plan')).toBeNull();
    expect(screen.queryByTestId('new-version')).toBeNull();
    expect(screen.getByTestId('copy-plan')).toBeTruthy();
  });

  it('shows added, removed and changed lines between two versions', async () => {
    serveCurricula({
      plans: [v1, v2],
      extra: (_, path) =>
        path === `/api/plans/${PLAN_ID}/compare/${V2_ID}`
          ? jsonResponse(200, { added: ['CS201'], removed: ['CS102'], changed: [{ code: 'CS101', changes: [{ field: 'semester', from: 1, to: 2 }, { field: 'cycle', from: 'professional', to: 'science' }, { field: 'hours.lab', from: 0, to: 10 }] }], plan: [{ field: 'attestationCredits', from: 0, to: 12 }, { field: 'attestation.thesisDefense', from: null, to: 12 }] })
          : null,
    });
    renderApp(`/curricula/plans/${PLAN_ID}/compare/${V2_ID}`, meWithRoles(['registrar']));
    expect((await screen.findByTestId('diff-added')).textContent).toContain('CS201 — Алгоритмы');
    expect(screen.getByTestId('diff-removed').textContent).toContain('CS102 — Структуры данных');
    const changes = screen.getAllByTestId('diff-change').map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent));
    expect(changes).toEqual([
      ['План', 'Кредиты итоговой аттестации', '0', '12'],
      ['План', 'Итоговая аттестация: Защита выпускной квалификационной работы', '—', '12'],
      ['CS101', 'Семестр', '1', '2'],
      ['CS101', 'Цикл', 'Профессиональный цикл', 'Математический и естественно-научный цикл'],
      ['CS101', 'Часы: Лабораторные занятия', '0', '10'],
    ]);
  });

  it('makes a new version of an approved plan', async () => {
    const draft = plan({ id: '60000000-0000-4000-8000-000000000003', version: 3, basedOnId: V2_ID, findings: [] });
    const api = serveCurricula({ plans: [v2, draft], extra: ({ method }, path) => (method === 'POST' && path === `/api/plans/${V2_ID}/versions` ? jsonResponse(201, draft) : null) });
    const { router } = renderApp(`/curricula/plans/${V2_ID}`, meWithRoles(['department']));
    fireEvent.click(await screen.findByTestId('new-version'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/curricula/plans/${draft.id}`));
    expect(api.requests.some((r) => r.method === 'POST')).toBe(true);
    expect(await screen.findByTestId('save-plan')).toBeTruthy();
  });
});

describe('plan documents', () => {
  it('shows the server’s translated refusal when a document cannot be made', async () => {
    serveCurricula({ extra: (_, path) => (path.endsWith('/plan.pdf') ? errorResponse(404, 'ROUTE_NOT_FOUND', 'Такого адреса нет.') : null) });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    fireEvent.click(await screen.findByTestId('plan-download-pdf'));
    expect((await screen.findByTestId('plan-download-error')).textContent).toContain('Такого адреса нет.');
  });

  it('downloads the XLSX', async () => {
    const create = vi.fn(() => 'blob:plan');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    serveCurricula({ extra: (_, path) => (path.endsWith('/plan.xlsx') ? new Response('xlsx', { status: 200, headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment; filename="plan.xlsx"' } }) : null) });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['registrar']));
    fireEvent.click(await screen.findByTestId('plan-download-xlsx'));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(screen.queryByTestId('plan-download-error')).toBeNull();
  });

  it('imports a draft’s lines from XLSX: the dry run first (its errors from a 422), then the import', async () => {
    const file = new File(['x'], 'plan.xlsx');
    let bad = true;
    const api = serveCurricula({
      extra: ({ method, form }, path) => {
        if (method !== 'POST' || path !== `/api/plans/${PLAN_ID}/import`) return null;
        if (bad) return errorResponse(422, 'PLAN_IMPORT_HAS_ERRORS', 'В файле есть ошибки.', { applied: false, lines: 3, errors: [{ row: 4, column: 'C', code: 'X', message: 'Нет такой дисциплины: ZZ9' }], findings: [] });
        return jsonResponse(200, { applied: form?.get('dryRun') === 'false', lines: 2, errors: [], findings: [] });
      },
    });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    fireEvent.click(await screen.findByTestId('plan-import'));
    await screen.findByTestId('plan-import-file');
    const input = document.querySelector('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [file] } });
    expect((await screen.findByTestId('plan-import-error')).textContent).toContain('Нет такой дисциплины: ZZ9');
    expect(screen.getByTestId('plan-import-apply').hasAttribute('disabled')).toBe(true);
    bad = false;
    fireEvent.change(input, { target: { files: [new File(['y'], 'fixed.xlsx')] } });
    await waitFor(() => expect(screen.getByTestId('plan-import-apply').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('plan-import-apply'));
    await waitFor(() => expect(screen.queryByTestId('plan-import-report')).toBeNull());
    const sent = api.requests.filter((r) => r.form).map((r) => r.form!.get('dryRun'));
    expect(sent).toEqual(['true', 'true', 'false']);
  });
});
