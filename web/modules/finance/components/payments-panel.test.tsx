import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PaymentDto, StudentPaymentsDto, TuitionDto } from '../../../../shared/modules/finance/finance.contracts.ts';
import { errorResponse, jsonResponse, meWithRoles, stubApi, type SeenRequest } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { student } from '../../students/students.fixtures.ts';

const card = student();
const base = `/api/students/${card.id}`;
const CASHIER = { userId: 'c0000000-0000-4000-8000-000000000001', fullName: 'Иманалиева Айгерим' };
const PAID: PaymentDto = { id: 'p1', studentId: card.id, academicYear: 2026, term: 'autumn', purpose: 'tuition', discipline: null, amount: 50_000, paidOn: '2026-08-20', reference: 'КВ-0001', recordedBy: CASHIER, recordedAt: '2026-08-20T04:00:00Z' };
const tuition = (term: 'autumn' | 'spring', overrides: Partial<TuitionDto> = {}): TuitionDto => ({
  studentId: card.id, academicYear: 2026, term, funding: 'contract', programId: 'pr1', programCode: '580100', studyForm: 'fullTime',
  credits: 30, pricePerCredit: 2500, priceMissing: false, tuition: 75_000, paid: 0, due: 75_000, isPaid: false, ...overrides,
});
/** the digits of a formatted amount, whatever space the locale groups them with */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function serve(payments: StudentPaymentsDto, tuitions: Record<string, TuitionDto>, onMutation: (r: SeenRequest) => Response = () => jsonResponse(201, PAID)) {
  return stubApi((request) => {
    const { url, method } = request;
    if (method !== 'GET') return onMutation(request);
    if (url === base) return jsonResponse(200, card);
    if (url === `${base}/payments`) return jsonResponse(200, payments);
    if (url.startsWith(`${base}/tuition?`)) {
      const found = tuitions[new URLSearchParams(url.split('?')[1]).get('term') ?? ''];
      return found ? jsonResponse(200, found) : errorResponse(409, 'TUITION_NO_PLACEMENT', 'Студент не зачислен ни в одну группу');
    }
    if (url === `${base}/holds`) return jsonResponse(200, { studentId: card.id, today: '2026-09-01', items: [], canSet: [] });
    if (url === `${base}/parents`) return jsonResponse(200, []);
    if (url === '/api/groups') return jsonResponse(200, []);
    return errorResponse(404, 'NOT_FOUND', 'Не найдено');
  });
}

const list = (items: PaymentDto[], canRecord: boolean): StudentPaymentsDto => ({ studentId: card.id, today: '2026-09-01', academicYear: 2026, items, canRecord });

describe('the payments panel on the student card', { timeout: 20_000 }, () => {
  it('shows each term’s tuition with its badge and the payments, and records a payment for the cashier', async () => {
    const api = serve(list([PAID], true), { autumn: tuition('autumn', { paid: 50_000, due: 25_000 }), spring: tuition('spring', { credits: 28, tuition: 70_000, due: 70_000 }) });
    renderApp(`/students/${card.id}`, meWithRoles(['cashier']));
    const panel = await screen.findByTestId('payments-panel', {}, { timeout: 5000 });
    const terms = await within(panel).findAllByTestId('tuition-term');
    const autumn = terms.find((el) => el.getAttribute('data-term') === 'autumn')!;
    expect(plain((await within(autumn).findByTestId('tuition-formula')).textContent)).toBe('30 кр. × 2 500 сом = 75 000 сом');
    expect(plain(within(autumn).getByTestId('tuition-due').textContent)).toBe('К оплате: 25 000 сом');
    expect(within(autumn).getByTestId('tuition-badge').textContent).toBe('Не оплачено');
    const payment = within(panel).getByTestId('payment');
    expect(payment.textContent).toContain('Оплата обучения · Осенний семестр 2026/27');
    expect(payment.textContent).toContain('20.08.2026 · КВ-0001');
    expect(plain(within(payment).getByTestId('payment-amount-value').textContent)).toBe('50 000 сом');

    fireEvent.click(within(panel).getByTestId('record-payment'));
    const form = await screen.findByTestId('record-payment-form');
    fireEvent.click(within(form).getByTestId('record-payment-submit'));
    expect(await within(form).findByText('Сумма — целое число сомов больше нуля')).toBeTruthy();
    expect(within(form).getByText('Обязательное поле')).toBeTruthy();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);
    fireEvent.change(within(form).getByTestId('payment-amount'), { target: { value: '25 000' } });
    fireEvent.change(within(form).getByTestId('payment-reference'), { target: { value: ' КВ-0002 ' } });
    fireEvent.click(within(form).getByTestId('record-payment-submit'));
    await waitFor(() =>
      expect(api.requests.find((r) => r.method === 'POST')).toMatchObject({ url: `${base}/payments`, body: { academicYear: 2026, term: 'autumn', purpose: 'tuition', disciplineId: null, amount: 25_000, paidOn: '2026-09-01', reference: 'КВ-0002' } }),
    );
  });

  it('shows the server’s refusal in the modal', async () => {
    serve(list([], true), { autumn: tuition('autumn'), spring: tuition('spring') }, () => errorResponse(400, 'PAYMENT_DATE_IN_FUTURE', 'Дата оплаты (02.09.2026) ещё не наступила'));
    renderApp(`/students/${card.id}`, meWithRoles(['cashier']));
    fireEvent.click(await screen.findByTestId('record-payment', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('record-payment-form');
    fireEvent.change(within(form).getByTestId('payment-amount'), { target: { value: '1000' } });
    fireEvent.change(within(form).getByTestId('payment-reference'), { target: { value: 'КВ-9' } });
    fireEvent.click(within(form).getByTestId('record-payment-submit'));
    expect(await within(form).findByText('Дата оплаты (02.09.2026) ещё не наступила')).toBeTruthy();
  });

  it('shows a student their tuition without the record button: paid, grant and a missing price', async () => {
    serve(list([], false), { autumn: tuition('autumn', { paid: 75_000, due: 0, isPaid: true }), spring: tuition('spring', { pricePerCredit: null, priceMissing: true, tuition: 0, due: 0 }) });
    renderApp(`/students/${card.id}`, meWithRoles(['student']));
    const panel = await screen.findByTestId('payments-panel', {}, { timeout: 5000 });
    await waitFor(() => expect(within(panel).getAllByTestId('tuition-badge').map((b) => b.textContent)).toEqual(['Оплачено', 'Нет цены']));
    expect(within(panel).getByTestId('tuition-price-missing').textContent).toBe('Не установлена стоимость кредита для программы 580100 (очная) на 2026/27 учебный год');
    expect(within(panel).queryByTestId('record-payment')).toBeNull();
    expect(within(panel).getByText('Оплат нет')).toBeTruthy();
  });

  it('says a grant student pays nothing for the plan', async () => {
    const grant = tuition('autumn', { funding: 'grant', pricePerCredit: null, tuition: 0, due: 0, isPaid: true });
    serve(list([], false), { autumn: grant, spring: { ...grant, term: 'spring' } });
    renderApp(`/students/${card.id}`, meWithRoles(['curator']));
    const panel = await screen.findByTestId('payments-panel', {}, { timeout: 5000 });
    await waitFor(() => expect(within(panel).getAllByText('Грант: обучение по ИУП не оплачивается (повторное изучение оплачивается)')).toHaveLength(2));
    expect(within(panel).getAllByTestId('tuition-badge').map((b) => b.textContent)).toEqual(['Оплачено', 'Оплачено']);
  });
});
