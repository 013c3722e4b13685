import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanContentBody } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { jsonResponse, meWithRoles } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { CS102, discipline, plan, PLAN_ID, planLine, serveCurricula } from '../curricula.fixtures.ts';

const line = (code: string) => screen.getAllByTestId('plan-line').find((el) => el.getAttribute('data-code') === code)!;
const withMinor = () => plan({ lines: [planLine(), planLine({ id: 'l2', disciplineId: CS102.id, code: 'CS102', name: 'Структуры данных', track: 'minor', prerequisites: ['CS101'] })] });
const savedAs = (api: ReturnType<typeof serveCurricula>) => api.requests.find((r) => r.method === 'PUT')!.body as PlanContentBody;
const answerPut = ({ method }: { method: string }, path: string) => (method === 'PUT' && path === `/api/plans/${PLAN_ID}/content` ? jsonResponse(200, plan({ findings: [] })) : null);

describe('Major, Minor and weekly hours in the plan editor', () => {
  it('shows each line’s classroom hours a week, marks a Minor line, and splits a semester’s credits into Major and Minor', async () => {
    serveCurricula({ plans: [withMinor()] });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['registrar']));
    await screen.findAllByTestId('plan-finding');
    const weekly = within(line('CS101')).getByTestId('line-weekly-hours');
    expect(weekly.textContent).toBe('3,3 ч/нед');
    expect(weekly.getAttribute('title')).toBe('В неделю: аудиторных часов 3,3, СРСП 1,7 (учебных недель в семестре: 15)');
    expect(within(line('CS101')).getByTestId('line-weekly-supervised').textContent).toBe('СРСП 1,7 ч/нед');
    expect(within(line('CS102')).getByTestId('line-minor').textContent).toBe('Minor');
    expect(within(line('CS101')).queryByTestId('line-minor')).toBeNull();
    // semester 1: 5 + 5 credits of lines and a 20-credit practice, CS102 of them Minor
    expect(screen.getAllByTestId('semester-tracks').map((el) => el.textContent)).toEqual(['Семестр 1: Major — 25 кр., Minor — 5 кр.']);
  });

  it('shows no Major/Minor split while a plan has no Minor line', async () => {
    serveCurricula();
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['registrar']));
    await screen.findAllByTestId('plan-finding');
    expect(screen.getByTestId('plan-total')).toBeTruthy();
    expect(screen.queryByTestId('plan-tracks')).toBeNull();
  });

  it('sets a line’s track in the line dialog and sends it with the content', async () => {
    const api = serveCurricula({ extra: answerPut });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    await screen.findAllByTestId('plan-finding');
    fireEvent.click(within(line('CS101')).getByTestId('line-edit'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId<HTMLInputElement>('line-track').value).toBe('Major — основная образовательная программа');
    fireEvent.click(within(dialog).getByTestId('line-track'));
    fireEvent.click(await screen.findByRole('option', { name: 'Minor — дополнительная образовательная программа' }));
    fireEvent.click(within(dialog).getByTestId('line-submit'));
    await waitFor(() => expect(within(line('CS101')).getByTestId('line-minor')).toBeTruthy());
    expect(screen.getByTestId('semester-tracks').textContent).toBe('Семестр 1: Major — 25 кр., Minor — 5 кр.');
    fireEvent.click(screen.getByTestId('save-plan'));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(savedAs(api).lines.map((l) => [l.disciplineId, l.track])).toEqual([
      [discipline().id, 'minor'],
      [CS102.id, 'major'],
    ]);
  });

  it('counts a discipline added from the catalog over the plan’s teaching weeks', async () => {
    const algorithms = discipline({ id: '70000000-0000-4000-8000-000000000003', code: 'CS201', name: { ru: 'Алгоритмы', ky: 'Алгоритмдер', en: 'Algorithms' }, credits: 6, hours: { lecture: 30, practice: 30, lab: 0, supervised: 30, independent: 90 } });
    const api = serveCurricula({ plans: [plan({ teachingWeeks: 12 })], disciplines: [discipline(), CS102, algorithms], extra: answerPut });
    renderApp(`/curricula/plans/${PLAN_ID}`, meWithRoles(['department']));
    await screen.findAllByTestId('plan-finding');
    fireEvent.click(screen.getAllByTestId('add-line')[1]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('line-discipline'));
    fireEvent.click(await screen.findByRole('option', { name: 'CS201 — Алгоритмы (6 кр.)' }));
    fireEvent.click(within(dialog).getByTestId('line-submit'));
    // 30 + 30 + 0 classroom hours and 30 of СРСП over 12 weeks
    await waitFor(() => expect(within(line('CS201')).getByTestId('line-weekly-hours').textContent).toBe('5 ч/нед'));
    expect(within(line('CS201')).getByTestId('line-weekly-supervised').textContent).toBe('СРСП 2,5 ч/нед');
    fireEvent.click(screen.getByTestId('save-plan'));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(savedAs(api).lines.at(-1)).toEqual({ disciplineId: algorithms.id, semester: 2, groupKind: 'fixed', electiveGroup: null, cycle: 'professional', component: 'university', track: 'major' });
  });

  it('names a change of track in the comparison in words', async () => {
    const v2 = plan({ id: '60000000-0000-4000-8000-000000000002', version: 2, status: 'approved', canManage: false, findings: [] });
    serveCurricula({
      plans: [plan({ status: 'superseded', canManage: false }), v2],
      extra: (_, path) => (path === `/api/plans/${PLAN_ID}/compare/${v2.id}` ? jsonResponse(200, { added: [], removed: [], plan: [], changed: [{ code: 'CS101', changes: [{ field: 'track', from: 'major', to: 'minor' }] }] }) : null),
    });
    renderApp(`/curricula/plans/${PLAN_ID}/compare/${v2.id}`, meWithRoles(['registrar']));
    const row = await screen.findByTestId('diff-change');
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['CS101', 'Образовательная программа (Major / Minor)', 'Major — основная образовательная программа', 'Minor — дополнительная образовательная программа']);
  });
});
