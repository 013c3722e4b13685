import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../../../shared/modules/admin/admin.contracts.ts';
import { jsonResponse, meWithRoles, stubApi } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { AuditPage } from './audit-page.tsx';

const entry: AuditEntryDto = {
  id: 'a1',
  at: '2024-10-01T05:00:00Z',
  actorId: 'u1',
  actorUsername: 'admin',
  ip: '127.0.0.1',
  requestId: 'req-1',
  action: 'admin.settings.update',
  entityType: 'setting',
  entityId: 'auth.lockoutMinutes',
  before: { value: 15 },
  after: { value: 30 },
};

describe('audit log page', () => {
  it('asks the API with the filters in the address, days taken in the university zone', async () => {
    const api = stubApi(() => jsonResponse(200, { items: [entry], total: 1, page: 1, pageSize: 50 }));
    renderWithProviders(<AuditPage />, {
      me: meWithRoles(['administrator']),
      route: '/admin/audit?actor=admin&from=2024-10-01&to=2024-10-01',
    });
    expect((await screen.findByTestId('audit-row')).textContent).toContain('01.10.2024 11:00');
    const url = new URL(api.requests[0]?.url ?? '', 'http://x');
    expect(url.pathname).toBe('/api/admin/audit');
    expect(url.searchParams.get('actor')).toBe('admin');
    expect(url.searchParams.get('from')).toBe('2024-09-30T18:00:00.000Z');
    expect(url.searchParams.get('to')).toBe('2024-10-01T17:59:59.999Z');
    const exportHref = screen.getByTestId('audit-export').getAttribute('href') ?? '';
    expect(exportHref.startsWith('/api/admin/audit/export.csv?')).toBe(true);
    expect(exportHref).toContain('actor=admin');
    expect(exportHref).not.toContain('page=');
  });

  it('opens an entry to show what changed', async () => {
    stubApi(() => jsonResponse(200, { items: [entry], total: 1, page: 1, pageSize: 50 }));
    renderWithProviders(<AuditPage />, { me: meWithRoles(['administrator']), route: '/admin/audit' });
    fireEvent.click(await screen.findByRole('button', { name: 'Показать изменения' }));
    const diff = await screen.findByTestId('audit-diff');
    expect(diff.textContent).toContain('15');
    expect(diff.textContent).toContain('30');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Скрыть изменения' }).getAttribute('aria-expanded')).toBe('true'));
  });
});
