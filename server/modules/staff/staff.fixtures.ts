import { expect } from 'vitest';
import type { Client } from '../../test/login-as.ts';

/** Test helpers of the staff module: positions, cards and orders made through the API as HR would. */

export async function position(hr: Client, code: string, nameRu: string): Promise<string> {
  const res = await hr.send('POST', '/api/staff/positions', { code, nameRu, nameKy: `${nameRu} (ky)`, nameEn: `${code} (en)`, isTeaching: true });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

export async function card(hr: Client, userId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await hr.send('POST', '/api/staff/cards', { userId, birthDate: '1980-05-10', gender: 'male', educationLevel: 'higher', ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

export function draft(hr: Client, cardId: string, params: Record<string, unknown>, effectiveDate = '2026-09-01', headers: Record<string, string> = {}) {
  return hr.send('POST', '/api/staff/orders', { cardId, orderDate: effectiveDate, effectiveDate, basis: 'Заявление работника', params }, headers);
}

/** Drafts and signs an order; answers the signed order. */
export async function signed(hr: Client, cardId: string, params: Record<string, unknown>, effectiveDate = '2026-09-01') {
  const res = await draft(hr, cardId, params, effectiveDate);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const sign = await hr.send<{ id: string; status: string; number: string }>('POST', `/api/staff/orders/${(res.body as { id: string }).id}/sign`);
  expect(sign.status, JSON.stringify(sign.body)).toBe(200);
  return sign.body;
}
