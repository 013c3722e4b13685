import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PriceDto, PriceListDto } from '../../../../shared/modules/finance/finance.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const PROGRAM = { id: '70000000-0000-4000-8000-000000000001', code: '580100', name: { ru: 'Экономика', ky: 'Экономика', en: 'Economics' } };
const OTHER = { id: '70000000-0000-4000-8000-000000000002', code: '590100', name: { ru: 'Юриспруденция', ky: 'Юриспруденция', en: 'Law' } };
const PRICE: PriceDto = { id: 'a1', programId: PROGRAM.id, programCode: PROGRAM.code, programName: PROGRAM.name, studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2500, updatedAt: '2026-08-01T04:00:00Z' };
const list = (overrides: Partial<PriceListDto> = {}): PriceListDto => ({ academicYear: 2026, items: [PRICE], programs: [PROGRAM, OTHER], years: [2025, 2026], canManage: true, ...overrides });
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function serve(byYear: (year: string | null) => PriceListDto, onMutation: (r: SeenRequest) => Response = () => jsonResponse(200, PRICE)) {
  return stubApi((request) => {
    if (request.method !== 'GET') return onMutation(request);
    if (request.url.startsWith('/api/finance/prices')) return jsonResponse(200, byYear(new URLSearchParams(request.url.split('?')[1] ?? '').get('academicYear')));
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

describe('the price list page', { timeout: 20_000 }, () => {
  it('shows a year’s prices (a table and phone cards) and changes one in a modal', async () => {
    const api = serve(() => list());
    renderApp('/finance/prices', meWithRoles(['cashier']));
    const table = await screen.findByTestId('prices-table', {}, { timeout: 5000 });
    const row = within(table).getByTestId('price-row');
    expect(plain(row.textContent)).toContain('580100 — Экономика');
    expect(plain(row.textContent)).toContain('очная');
    expect(plain(row.textContent)).toContain('2 500');
    expect(plain(screen.getByTestId('price-card').textContent)).toContain('2 500 сом за кредит');
    fireEvent.click(within(row).getByRole('button', { name: 'Изменить цену: 580100, очная' }));
    const form = await screen.findByTestId('price-form');
    expect(form.textContent).toContain('2026/27');
    fireEvent.change(within(form).getByTestId('price-value'), { target: { value: '0' } });
    fireEvent.click(within(form).getByTestId('price-submit'));
    expect(await within(form).findByText('Цена — целое число сомов больше нуля')).toBeTruthy();
    fireEvent.change(within(form).getByTestId('price-value'), { target: { value: '2 700' } });
    fireEvent.click(within(form).getByTestId('price-submit'));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'PUT')).toMatchObject({ url: '/api/finance/prices', body: { programId: PROGRAM.id, studyForm: 'fullTime', academicYear: 2026, pricePerCredit: 2700 } }));
  });

  it('switches the academic year, shows an empty year, and asks for the program of a new price', async () => {
    serve((year) => (year === '2025' ? list({ academicYear: 2025, items: [] }) : list()));
    renderApp('/finance/prices', meWithRoles(['administrator']));
    await screen.findByTestId('prices-table', {}, { timeout: 5000 });
    fireEvent.click(screen.getByTestId('prices-year'));
    fireEvent.click(await screen.findByRole('option', { name: '2025/26' }));
    expect(await screen.findByText('На 2025/26 учебный год цен нет')).toBeTruthy();
    fireEvent.click(screen.getByTestId('add-price'));
    const form = await screen.findByTestId('price-form');
    fireEvent.click(within(form).getByTestId('price-submit'));
    expect(await within(form).findByText('Обязательное поле')).toBeTruthy();
  });

  it('is read-only for a reader, and the navigation offers it only to those who keep it', async () => {
    serve(() => list({ canManage: false }));
    renderApp('/finance/prices', meWithRoles(['registrar']));
    await screen.findByTestId('prices-table', {}, { timeout: 5000 });
    expect(screen.queryByTestId('add-price')).toBeNull();
    expect(screen.queryByTestId('edit-price')).toBeNull();
    expect(screen.queryByTestId('nav-finance')).toBeNull();
  });

  it('puts the price list in the cashier’s navigation', async () => {
    serve(() => list());
    renderApp('/finance/prices', meWithRoles(['cashier']));
    const entry = await screen.findByTestId('nav-finance', {}, { timeout: 5000 });
    expect(entry.textContent).toBe('Финансы');
    expect(entry.getAttribute('href')).toBe('/finance/prices');
  });
});
