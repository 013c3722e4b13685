import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { GROUP, placement, student } from '../students.fixtures.ts';

const cancelled = placement({
  groupCode: 'ПИ-9-26',
  validFrom: '2026-10-01',
  orderId: '70000000-0000-4000-8000-000000000002',
  orderNumber: '9/2026',
  orderKind: 'transfer',
  isCancelled: true,
});
const current = placement({ validFrom: '2026-09-01' });

function serve(card: ReturnType<typeof student>) {
  return stubApi(({ url }) =>
    url === `/api/students/${card.id}`
      ? jsonResponse(200, card)
      : url === '/api/groups'
        ? jsonResponse(200, [GROUP])
        : errorResponse(404, 'NOT_FOUND', 'Не найдено'),
  );
}

describe('student card', () => {
  it('says "no access" for documents the server did not send, and strikes through cancelled periods', async () => {
    // a curator reads cards but not personal documents: the server sends them as null
    const card = student({ personalNumber: null, passportNumber: null, address: null, current, course: 1, history: [cancelled, current] });
    serve(card);
    renderApp(`/students/${card.id}`, meWithRoles(['curator']));
    expect((await screen.findByTestId('student-heading')).textContent).toBe('Иванов Иван Иванович');

    const documents = screen.getByTestId('student-documents');
    expect(within(documents).getByTestId('documents-no-access').textContent).toContain('Нет доступа');
    expect(within(documents).queryByText('ПИН (персональный номер)')).toBeNull();

    const periods = screen.getAllByTestId('history-period');
    expect(periods).toHaveLength(2);
    const [first, second] = periods;
    // oldest first: the enrolment stands, the later transfer was undone by a cancelling order
    expect(first?.getAttribute('data-cancelled')).toBe('false');
    expect(first?.querySelector('del')).toBeNull();
    expect(first?.textContent).toContain('с 01.09.2026 по настоящее время');
    expect(second?.getAttribute('data-cancelled')).toBe('true');
    expect(second?.querySelector('del')?.textContent).toContain('ПИ-9-26');
    expect(second?.textContent).toContain('отменено приказом');
    expect(within(second as HTMLElement).getByText('с 01.10.2026').style.textDecoration).toBe('line-through');

    // a curator neither edits cards nor drafts orders
    expect(screen.queryByTestId('edit-student')).toBeNull();
    expect(screen.queryByTestId('draft-order-for-student')).toBeNull();
    expect(screen.getByTestId('standing-group').textContent).toContain(GROUP.code);
  });

  it('shows documents, warnings, and the actions to the student personnel office', async () => {
    const card = student({ warnings: ['birthDateMismatch'] });
    serve(card);
    renderApp(`/students/${card.id}`, meWithRoles(['personnelOffice']));
    expect((await screen.findByTestId('card-personal-number')).textContent).toContain('21405200812345');
    expect(screen.queryByTestId('documents-no-access')).toBeNull();
    expect(screen.getByTestId('student-warnings').textContent).toContain('ПИН не совпадает с датой рождения');
    expect(screen.getByTestId('student-status').textContent).toBe('не зачислен(а)');
    expect(screen.getByTestId('edit-student')).toBeTruthy();
    expect(screen.getByTestId('draft-order-for-student').getAttribute('href')).toBe(`/orders/new?student=${card.id}`);
  });
});
