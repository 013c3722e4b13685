import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanContentBody } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { jsonResponse, meWithRoles } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { NOT_BEFORE, plan, PLAN_ID, serveCurricula } from '../curricula.fixtures.ts';

const line = (code: string) => screen.getAllByTestId('plan-line').find((el) => el.getAttribute('data-code') === code)!;

describe('plan editor', () => {
  it('lists the findings beside the plan, each saying where and why; a click highlights its line', async () => {
    serveCurricula();
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    const findings = await screen.findAllByTestId('plan-finding');
    expect(findings.map((f) => f.getAttribute('data-severity'))).toEqual(['error', 'warning']);
    expect(findings[0]!.textContent).toContain('Ошибка · дисциплина CS102 · семестр 1');
    expect(findings[0]!.textContent).toContain(NOT_BEFORE.message);
    expect(findings[1]!.textContent).toContain('Предупреждение · семестр 2');
    expect(screen.getByTestId('findings-errors').textContent).toBe('Ошибок: 1');
    fireEvent.click(findings[0]!);
    await waitFor(() => expect(line('CS102').getAttribute('data-highlighted')).toBe('true'));
    expect(line('CS101').getAttribute('data-highlighted')).toBeNull();
    fireEvent.click(findings[1]!);
    await waitFor(() => expect(screen.getAllByTestId('plan-semester')[1]!.getAttribute('data-highlighted')).toBe('true'));
  });

  it('moves a line to the next semester, shows the new totals, and saves the whole content', async () => {
    const fixed = plan({ lines: plan().lines.map((l) => (l.code === 'CS102' ? { ...l, semester: 2 } : l)), findings: [] });
    const api = serveCurricula({ extra: ({ method }, path) => (method === 'PUT' && path === `/api/plans/${PLAN_ID}/content` ? jsonResponse(200, fixed) : null) });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    await screen.findAllByTestId('plan-finding');
    const semesters = () => screen.getAllByTestId('semester-credits').map((el) => el.textContent);
    expect(semesters()).toEqual(['30 кредитов', '0 кредитов']);
    fireEvent.click(within(line('CS102')).getByTestId('line-move-later'));
    expect(semesters()).toEqual(['25 кредитов', '5 кредитов']);
    expect(screen.getByTestId('findings-stale')).toBeTruthy();
    expect(screen.getByTestId('plan-total').textContent).toContain('30');
    fireEvent.click(screen.getByTestId('save-plan'));
    expect(await screen.findByTestId('findings-none')).toBeTruthy();
    const sent = api.requests.find((r) => r.method === 'PUT')!.body as PlanContentBody;
    expect(sent.lines.map((l) => [l.disciplineId, l.semester])).toEqual([
      [plan().lines[0]!.disciplineId, 1],
      [plan().lines[1]!.disciplineId, 2],
    ]);
    expect(sent).toMatchObject({ semesters: 2, attestationCredits: 0, practices: [{ kind: 'production', credits: 20, semester: 1 }], electiveGroups: [] });
    expect(screen.getByTestId('editor-state').textContent).toBe('Все изменения сохранены.');
  });

  it('edits the final attestation as its forms with credits; the first form takes the credits saved without forms', async () => {
    const legacy = plan({ attestationCredits: 10, attestation: [], findings: [] });
    const api = serveCurricula({ plans: [legacy], extra: ({ method, body }, path) => (method === 'PUT' && path === `/api/plans/${PLAN_ID}/content` ? jsonResponse(200, plan({ attestation: (body as PlanContentBody).attestation ?? [], attestationCredits: (body as PlanContentBody).attestationCredits ?? 0, findings: [] })) : null) });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    expect((await screen.findByTestId('attestation-without-forms')).textContent).toContain('10');
    fireEvent.click(screen.getByTestId('add-attestation'));
    expect(screen.getAllByTestId('attestation-row')).toHaveLength(1);
    expect(screen.getByTestId<HTMLInputElement>('attestation-credits').value).toBe('10');
    fireEvent.click(screen.getByTestId('add-attestation'));
    fireEvent.change(screen.getAllByTestId('attestation-credits')[1]!, { target: { value: '2' } });
    expect(screen.getByTestId('attestation-total').textContent).toBe('Всего кредитов итоговой аттестации: 12');
    expect(screen.getAllByTestId('semester-attestation-form').map((el) => el.textContent)).toEqual(['Государственный экзамен — 10 кр.', 'Комплексный экзамен — 2 кр.']);
    fireEvent.click(screen.getByTestId('save-plan'));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    const sent = api.requests.find((r) => r.method === 'PUT')!.body as PlanContentBody;
    expect(sent).toMatchObject({ attestationCredits: 12, attestation: [{ form: 'stateExam', credits: 10 }, { form: 'complexExam', credits: 2 }] });
  });

  it('removes a line and adds an elective group and a practice', async () => {
    const api = serveCurricula({ extra: ({ method, body }, path) => (method === 'PUT' && path === `/api/plans/${PLAN_ID}/content` ? jsonResponse(200, plan({ ...(body as PlanContentBody), lines: plan().lines.filter((l) => (body as PlanContentBody).lines.some((sent) => sent.disciplineId === l.disciplineId)) })) : null) });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    await screen.findAllByTestId('plan-finding');
    fireEvent.click(within(line('CS101')).getByTestId('line-remove'));
    fireEvent.change(screen.getByTestId('group-key'), { target: { value: 'E1' } });
    fireEvent.click(screen.getByTestId('add-group'));
    fireEvent.click(screen.getByTestId('add-practice'));
    fireEvent.click(screen.getByTestId('save-plan'));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    const sent = api.requests.find((r) => r.method === 'PUT')!.body as PlanContentBody;
    expect(sent.lines.map((l) => l.disciplineId)).toEqual([plan().lines[1]!.disciplineId]);
    expect(sent.electiveGroups).toEqual([{ key: 'E1', choose: 1 }]);
    expect(sent.practices).toHaveLength(2);
  });
});

describe('approving a plan', () => {
  it('is refused with the reason while the plan has errors', async () => {
    serveCurricula({ plans: [plan({ canManage: false, canApprove: true })] });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['registrar']));
    const button = await screen.findByTestId('approve-plan');
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('approve-disabled-reason').textContent).toContain('ошибок — 1');
    // the registrar reads, never edits
    expect(screen.queryByTestId('save-plan')).toBeNull();
    expect(screen.queryByTestId('line-remove')).toBeNull();
  });

  it('spells out the consequences, approves, and the plan is then read-only', async () => {
    const sound = plan({ canManage: false, canApprove: true, findings: [plan().findings[1]!] });
    const approved = { ...sound, status: 'approved' as const, approvedAt: '2026-03-01T08:00:00Z', canApprove: false };
    const api = serveCurricula({ plans: [sound], extra: ({ method }, path) => (method === 'POST' && path === `/api/plans/${PLAN_ID}/approve` ? jsonResponse(200, approved) : null) });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['registrar']));
    fireEvent.click(await screen.findByTestId('approve-plan'));
    const consequences = await screen.findByRole('dialog');
    expect(consequences.textContent).toContain('только через новую версию');
    expect(consequences.textContent).toContain('Предупреждений в плане: 1');
    fireEvent.click(within(consequences).getByRole('button', { name: 'Утвердить план' }));
    expect((await screen.findByTestId('plan-read-only')).textContent).toContain('01.03.2026');
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual([`/api/plans/${PLAN_ID}/approve`]);
    expect(screen.queryByTestId('approve-plan')).toBeNull();
    expect(screen.getAllByTestId('plan-status')[0]!.textContent).toBe('Утверждён');
  });
});
