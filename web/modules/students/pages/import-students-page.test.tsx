import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const HEADERS = ['Личный ID', 'Фамилия', 'Имя', 'Дата рождения', 'Пол', 'Школа'];
const csv = () => new File(['Личный ID;Фамилия;Имя;Дата рождения;Пол;Школа\n'], 'students.csv', { type: 'text/csv' });
const mappingOf = (request: SeenRequest) => {
  const mapping = request.form?.get('mapping');
  return JSON.parse(typeof mapping === 'string' ? mapping : 'null') as Record<string, string>;
};
const valueOf = (testId: string) => screen.getByTestId<HTMLInputElement>(testId).value;
/** Chooses a file as a person does: Mantine's FileInput hands it to its hidden file input. */
async function choose(file: File) {
  await screen.findByTestId('import-file');
  const input = document.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}
const imports = (requests: SeenRequest[]) => requests.filter((r) => r.url === '/api/students/import');

/** The server as the import route answers: the headers for an empty mapping, then the report. */
function importApi(report: { rows: number; valid: number; errors: unknown[] }) {
  return stubApi((request) => {
    if (request.url !== '/api/students/import') return jsonResponse(200, []);
    if (Object.keys(mappingOf(request)).length === 0) return errorResponse(400, 'IMPORT_MAPPING_INVALID', 'Проверьте сопоставление столбцов', { missingFields: [], unknownColumns: [], headers: HEADERS });
    const dryRun = request.form?.get('dryRun') === 'true';
    return jsonResponse(dryRun ? 200 : 201, { ...report, imported: dryRun ? 0 : report.rows });
  });
}

describe('import students page', () => {
  it('reads the headers, matches known ones, reports every bad row and imports nothing while there are errors', async () => {
    const api = importApi({ rows: 2, valid: 1, errors: [{ row: 3, field: 'birthDate', code: 'DATE_INVALID', message: 'Столбец «Дата рождения»: не дата' }] });
    renderApp('/students/import', meWithRoles(['personnelOffice']));
    await choose(csv());
    await screen.findByTestId('import-mapping');
    expect(valueOf('map-lastName')).toBe('Фамилия');
    expect(valueOf('map-previousEducation')).toBe('');
    fireEvent.click(screen.getByTestId('import-check'));
    expect((await screen.findByTestId('import-error')).textContent).toContain('Столбец «Дата рождения»: не дата');
    expect(screen.getByTestId('import-error').textContent).toContain('3');
    expect(screen.queryByTestId('import-run')).toBeNull();
    const sent = imports(api.requests);
    expect(sent.map((r) => r.form?.get('dryRun'))).toEqual(['true', 'true']);
    expect(mappingOf(sent[1]!)).toEqual({ username: 'Личный ID', lastName: 'Фамилия', firstName: 'Имя', birthDate: 'Дата рождения', gender: 'Пол' });
    expect(sent[1]!.headers['X-CSRF-Token']).toBe('csrf-token-1');
  });

  it('imports a clean file after confirmation, in one real run', async () => {
    const api = importApi({ rows: 2, valid: 2, errors: [] });
    renderApp('/students/import', meWithRoles(['personnelOffice']));
    await choose(csv());
    fireEvent.click(await screen.findByTestId('import-check'));
    fireEvent.click(await screen.findByTestId('import-run'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Импортировать строк: 2' }));
    expect((await screen.findByTestId('import-done')).textContent).toContain('Импортировано карточек: 2');
    await waitFor(() => expect(imports(api.requests).map((r) => r.form?.get('dryRun'))).toEqual(['true', 'true', 'false']));
  });

  it('asks for the required columns a file lacks before checking', async () => {
    stubApi((request) => errorResponse(400, 'IMPORT_MAPPING_INVALID', 'x', { headers: request.url === '/api/students/import' ? ['ФИО', 'Пол'] : [] }));
    renderApp('/students/import', meWithRoles(['personnelOffice']));
    await choose(csv());
    expect((await screen.findByTestId('import-missing')).textContent).toContain('Личный ID');
    expect(screen.getByTestId<HTMLButtonElement>('import-check').disabled).toBe(true);
  });

  it('is refused to a role that does not manage student cards', async () => {
    stubApi(() => jsonResponse(200, []));
    renderApp('/students/import', meWithRoles(['deansOffice']));
    expect(await screen.findByText(/нет доступа/i)).toBeTruthy();
  });
});
