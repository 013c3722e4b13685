import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { NOTIFICATION_KINDS, NOTIFICATION_PARAMS } from '../../../shared/notifications/kinds.ts';
import { loadResources } from '../i18n/resources.ts';
import { formatWhen, renderNotification } from './render.ts';

const resources = loadResources();

function textOf(lang: string, kind: string): unknown {
  let node: unknown = resources[lang]?.notifications;
  for (const part of kind.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('notification texts', () => {
  it.each(LANGUAGES)('%s has a text for every kind, using exactly the params the catalog names', (lang) => {
    for (const kind of NOTIFICATION_KINDS) {
      const text = textOf(lang, kind);
      expect(typeof text === 'string' && text.trim() !== '', `${lang}: ${kind}`).toBe(true);
      expect(placeholders(text as string), `${lang}: ${kind}`).toEqual(Object.keys(NOTIFICATION_PARAMS[kind]).sort());
    }
  });

  it('renders through the server’s i18n, dates in the university’s zone', () => {
    const params = { discipline: 'Философия', until: '2026-09-04T12:00:00.000Z' };
    expect(renderNotification('registration.electiveCancelled', params, 'ru', 'Asia/Bishkek')).toContain('до 04.09.2026 18:00');
    expect(renderNotification('registration.electiveCancelled', params, 'ky', 'Asia/Bishkek')).toContain('мөөнөтү: 04.09.2026 18:00');
    expect(renderNotification('registration.planApproved', {}, 'en', 'Asia/Bishkek')).toBe('Your advisor approved your individual study plan.');
    expect(formatWhen('2026-09-04', 'ru', 'Asia/Bishkek')).toBe('04.09.2026');
    expect(formatWhen('2026-09-04T20:30:00Z', 'en', 'UTC')).toBe('04/09/2026 20:30');
  });
});
