import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../i18n/languages.ts';
import { HOLIDAY_KEYS, HOLIDAY_KINDS, PERIOD_KINDS, TERM_KINDS } from '../calendar.vocabulary.ts';
import { CALENDAR_FINDING_CODES } from './calendar-validation.ts';

const i18n = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../i18n');
const load = (lang: string) => JSON.parse(readFileSync(path.join(i18n, lang, 'calendar.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('calendar texts', () => {
  it.each(LANGUAGES)('%s explains every finding and names every value of the vocabularies', (lang) => {
    const texts = load(lang);
    const groups: [string, readonly string[]][] = [['finding', CALENDAR_FINDING_CODES], ['termKind', TERM_KINDS], ['periodKind', PERIOD_KINDS], ['holidayKind', HOLIDAY_KINDS], ['holidayKey', HOLIDAY_KEYS]];
    const missing = groups.flatMap(([group, values]) => values.filter((v) => !texts[group]?.[v]?.trim()).map((v) => `${group}.${v}`));
    expect(missing).toEqual([]);
  });
});
