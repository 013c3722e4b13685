import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../demo/generate.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let registrar: Client;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, 1, t.clock.now);
  registrar = await loginAs(t, 'registrar', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('the demo calendar', () => {
  it('has 2025-2026 and the current 2026-2027, both valid with nothing left to fix', async () => {
    const years = (await registrar.get<{ id: string; code: string; isCurrent: boolean }[]>('/api/calendar/years')).body;
    expect(years.map((y) => [y.code, y.isCurrent])).toEqual([['2026-2027', true], ['2025-2026', false]]);
    for (const { id, code } of years) {
      const year = (await registrar.get<{ isValid: boolean; findings: unknown[]; terms: unknown[]; holidays: { key: string | null }[] }>(`/api/calendar/years/${id}`)).body;
      expect(year.findings, code).toEqual([]);
      expect(year.isValid).toBe(true);
      expect(year.terms).toHaveLength(3);
      expect(year.holidays.filter((h) => h.key === 'orozoAit' || h.key === 'kurmanAit')).toHaveLength(2);
    }
  });

  it('is on its first day of the autumn term at the demo’s “today”', async () => {
    const now = (await registrar.get('/api/calendar/current')).body;
    expect(now).toMatchObject({ today: '2026-09-01', year: { code: '2026-2027' }, term: { kind: 'autumn' } });
    expect(now.periods.map((p: { kind: string }) => p.kind)).toContain('event');
  });
});
