import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UnitDto } from '../../../../shared/modules/org/org.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const unit = (id: string, kind: UnitDto['kind'], parentId: string | null, code: string, extra: Partial<UnitDto> = {}): UnitDto => ({
  id,
  kind,
  parentId,
  code,
  name: { ru: `${code} ру`, ky: `${code} кы`, en: `${code} en` },
  subtype: kind === 'faculty' ? 'faculty' : null,
  isClosed: false,
  closedAt: null,
  ...extra,
});

const UNI = unit('40000000-0000-4000-8000-000000000001', 'university', null, 'U');
const FAC = unit('40000000-0000-4000-8000-000000000002', 'faculty', UNI.id, 'FIT', { subtype: 'institute' });
const DEP = unit('40000000-0000-4000-8000-000000000003', 'department', FAC.id, 'KPI');
const OLD = unit('40000000-0000-4000-8000-000000000004', 'department', FAC.id, 'OLD', { isClosed: true, closedAt: '2026-01-01T00:00:00Z' });
const PROGRAM = { id: '60000000-0000-4000-8000-000000000001', code: '580100', nameRu: 'Прикладная информатика', nameKy: 'Колдонмо информатика', nameEn: 'Applied informatics', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: DEP.id, departmentName: 'KPI ру' };
const GROUP = { id: '50000000-0000-4000-8000-000000000001', code: 'ПИ-1-26', programId: PROGRAM.id, departmentId: DEP.id };

function serve(onMutation: (url: string, method: string, body: unknown) => Response = () => jsonResponse(201, DEP)) {
  return stubApi(({ url, method, body }) => {
    if (method !== 'GET') return onMutation(url, method, body);
    if (url === '/api/units') return jsonResponse(200, [UNI, FAC, DEP, OLD]);
    if (url === '/api/programs') return jsonResponse(200, [PROGRAM]);
    if (url === '/api/groups') return jsonResponse(200, [GROUP]);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('structure page', { timeout: 20_000 }, () => {
  it('shows the tree: institute, departments (the closed one flagged), programs and groups', async () => {
    serve();
    renderApp('/structure', meWithRoles(['curator']));
    // the page is loaded on first use
    const faculty = await screen.findByTestId('faculty-node', {}, { timeout: 5000 });
    expect(screen.getByTestId('structure-heading').textContent).toBe('U ру');
    expect(within(faculty).getByText('FIT ру')).toBeTruthy();
    expect(within(faculty).getByText('Институт · FIT')).toBeTruthy();
    await waitFor(() => expect(within(faculty).getByText('ПИ-1-26').getAttribute('href')).toBe(`/groups/${GROUP.id}`));
    const departments = within(faculty).getAllByTestId('department-node');
    expect(departments).toHaveLength(2);
    expect(within(departments[1]!).getByTestId('unit-closed').textContent).toBe('Закрыто');
    // a curator reads the structure but does not change it
    expect(screen.queryByTestId('create-unit')).toBeNull();
    expect(screen.queryByTestId('edit-unit')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Показывать закрытые' }));
    expect(within(faculty).getAllByTestId('department-node')).toHaveLength(1);
  });

  it('adds a department to the institute and sends its names in three languages', async () => {
    const api = serve();
    renderApp('/structure', meWithRoles(['personnelOffice']));
    fireEvent.click(await screen.findByRole('button', { name: 'Добавить кафедру в «FIT ру»' }));
    const form = await screen.findByTestId('unit-form');
    fireEvent.change(within(form).getByLabelText(/^Код/), { target: { value: 'KIS' } });
    fireEvent.change(within(form).getByLabelText(/Название \(рус\.\)/), { target: { value: 'Кафедра ИС' } });
    fireEvent.change(within(form).getByLabelText(/Название \(кырг\.\)/), { target: { value: 'МС кафедрасы' } });
    fireEvent.change(within(form).getByLabelText(/Название \(англ\.\)/), { target: { value: 'IS department' } });
    fireEvent.click(within(form).getByTestId('unit-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ kind: 'department', code: 'KIS', nameRu: 'Кафедра ИС', nameKy: 'МС кафедрасы', nameEn: 'IS department', parentId: FAC.id, subtype: null }));
  });

  it('creates an institute under the university', async () => {
    const api = serve(() => jsonResponse(201, FAC));
    renderApp('/structure', meWithRoles(['administrator']));
    fireEvent.click(await screen.findByTestId('create-unit', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('unit-form');
    fireEvent.click(within(form).getByRole('combobox', { name: 'Вид' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Институт' }));
    fireEvent.change(within(form).getByLabelText(/^Код/), { target: { value: 'IEN' } });
    fireEvent.change(within(form).getByLabelText(/Название \(рус\.\)/), { target: { value: 'Институт энергетики' } });
    fireEvent.change(within(form).getByLabelText(/Название \(кырг\.\)/), { target: { value: 'Энергетика институту' } });
    fireEvent.change(within(form).getByLabelText(/Название \(англ\.\)/), { target: { value: 'Institute of Energy' } });
    fireEvent.click(within(form).getByTestId('unit-submit'));
    await waitFor(() =>
      expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ kind: 'faculty', code: 'IEN', nameRu: 'Институт энергетики', nameKy: 'Энергетика институту', nameEn: 'Institute of Energy', parentId: UNI.id, subtype: 'institute' }),
    );
  });

  it('refuses an empty code before asking the server, and shows the server’s reason for not closing', async () => {
    const api = serve((url) =>
      url.endsWith('/close') ? errorResponse(409, 'UNIT_HAS_ACTIVE_GROUPS', 'Подразделение нельзя закрыть: в нём есть группы со студентами.') : jsonResponse(200, DEP),
    );
    renderApp('/structure', meWithRoles(['administrator']));
    fireEvent.click(await screen.findByRole('button', { name: 'Изменить «KPI ру»' }));
    const form = await screen.findByTestId('unit-form');
    fireEvent.change(within(form).getByLabelText(/^Код/), { target: { value: '' } });
    fireEvent.click(within(form).getByTestId('unit-submit'));
    expect(await within(form).findByText('Код: до 20 букв, цифр и знаков . - _ /')).toBeTruthy();
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    fireEvent.click(within(form).getByRole('button', { name: 'Отмена' }));

    fireEvent.click(screen.getByRole('button', { name: 'Закрыть «KPI ру»' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Закрыть подразделение' }));
    expect(await screen.findByText('Подразделение нельзя закрыть: в нём есть группы со студентами.')).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'POST')?.url).toBe(`/api/units/${DEP.id}/close`);
  });
});
