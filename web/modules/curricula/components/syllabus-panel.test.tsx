import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyllabiDto } from '../../../../shared/modules/curricula/curricula.syllabi.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { SyllabusPanel } from './syllabus-panel.tsx';

const D = '00000000-0000-4000-8000-0000000000d1';
const window2026 = { academicYear: '2026-2027', term: 'autumn' as const, termStart: '2026-09-01', deadline: '2026-08-17', open: false };
const window2027 = { academicYear: '2027-2028', term: 'autumn' as const, termStart: null, deadline: null, open: true };
const item = (id: string, fileName: string, isCurrent: boolean) => ({ ...window2026, id, fileName, contentType: 'application/pdf', size: 1000, uploadedAt: '2026-08-10T05:00:00.000Z', uploadedBy: { id: 'u1', name: 'Асанова Айгүл' }, isCurrent });
const data = (canManage: boolean): SyllabiDto => ({ items: [item('s2', 'v2.pdf', true), item('s1', 'v1.pdf', false)], windows: [window2026, window2027], canManage, maxKb: 10240 });

function api(canManage: boolean, onPost: (request: SeenRequest) => Response = () => jsonResponse(201, item('s3', 'new.pdf', true))) {
  return stubApi((request) => {
    if (request.method === 'POST') return onPost(request);
    if (new URL(request.url, 'http://x').pathname === `/api/disciplines/${D}/syllabi`) return jsonResponse(200, data(canManage));
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

function chooseFile(name: string) {
  const input = document.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], name, { type: 'application/pdf' })] } });
}

describe('SyllabusPanel', () => {
  it('lets a reader download the current syllabus only, with nothing to upload', async () => {
    api(false);
    renderWithProviders(<SyllabusPanel disciplineId={D} canManage={false} />, { me: meWithRoles(['student']) });
    const link = await screen.findByRole('link', { name: 'Скачать: v2.pdf' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe(`/api/disciplines/${D}/syllabi/s2/file`);
    expect(screen.queryByText('v1.pdf')).toBeNull();
    expect(screen.queryByTestId('syllabus-upload')).toBeNull();
  });

  it('shows the department the history and each year’s deadline, and uploads to an open year', async () => {
    const seen = api(true);
    renderWithProviders(<SyllabusPanel disciplineId={D} canManage />, { me: meWithRoles(['department']) });
    const table = await screen.findByRole('table', { name: 'Все загрузки' }, { timeout: 3000 });
    expect(within(table).getByTestId('syllabus-s2').textContent).toContain('текущий');
    expect(within(table).getByText('v1.pdf')).toBeTruthy();
    expect(screen.getByTestId('syllabus-window-2026-2027').textContent).toBe('2026-2027: загрузка закрыта — срок был 17.08.2026 (семестр «Осенний семестр» начинается 01.09.2026).');
    expect(screen.getByTestId('syllabus-window-2027-2028').textContent).toContain('срок ещё не определён');
    chooseFile('Силлабус.pdf');
    fireEvent.click(screen.getByTestId('syllabus-upload'));
    await waitFor(() => expect(seen.requests.some((r) => r.method === 'POST')).toBe(true));
    const form = seen.requests.find((r) => r.method === 'POST')!.form!;
    expect(form.get('academicYear')).toBe('2027-2028');
    expect((form.get('file') as File).name).toBe('Силлабус.pdf');
  });

  it('shows why an upload was refused', async () => {
    api(true, () => errorResponse(409, 'SYLLABUS_UPLOAD_CLOSED', 'Загрузка УМКД на 2027-2028 закрыта: срок — 17.08.2027.'));
    renderWithProviders(<SyllabusPanel disciplineId={D} canManage />, { me: meWithRoles(['department']) });
    await screen.findByTestId('syllabus-upload', {}, { timeout: 3000 });
    chooseFile('late.pdf');
    fireEvent.click(screen.getByTestId('syllabus-upload'));
    await waitFor(() => expect(within(screen.getByTestId('syllabus-panel')).getByRole('alert').textContent).toContain('срок — 17.08.2027'));
  });
});
