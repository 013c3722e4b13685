import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../i18n/languages.ts';
import { ATTESTATION_FORMS, CONTROL_FORMS, CYCLES, COMPONENTS, DISCIPLINE_KINDS, GROUP_KINDS, HOUR_KINDS, PRACTICE_KINDS, TRACKS } from '../curricula.vocabulary.ts';
import { FINDING_CODES } from './plan-validation.ts';

const i18n = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../i18n');
const load = (lang: string) => JSON.parse(readFileSync(path.join(i18n, lang, 'curricula.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('curricula texts', () => {
  it.each(LANGUAGES)('%s explains every finding and names every value of the vocabularies', (lang) => {
    const texts = load(lang);
    const groups: [string, readonly string[]][] = [
      ['finding', FINDING_CODES], ['hourKind', HOUR_KINDS], ['controlForm', CONTROL_FORMS], ['cycle', CYCLES],
      ['component', COMPONENTS], ['groupKind', GROUP_KINDS], ['disciplineKind', DISCIPLINE_KINDS], ['practiceKind', PRACTICE_KINDS], ['track', TRACKS], ['attestationForm', ATTESTATION_FORMS],
    ];
    const missing = groups.flatMap(([group, values]) => values.filter((v) => !texts[group]?.[v]?.trim()).map((v) => `${group}.${v}`));
    expect(missing).toEqual([]);
  });
});
