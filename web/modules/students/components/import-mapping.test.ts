import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IMPORT_FIELDS } from '../../../../shared/modules/students/students.vocabulary.ts';
import { guessMapping, headerKey, missingRequired } from './import-mapping.ts';

const labels: Record<string, string[]> = { lastName: ['Фамилия', 'Фамилиясы', 'Last name'], firstName: ['Имя', 'Аты', 'First name'], birthDate: ['Дата рождения'], gender: ['Пол'], username: ['Личный ID'] };
const labelsOf = (field: string) => labels[field] ?? [];

describe('guessing the column mapping', () => {
  it('matches labels in any language and field names, ignoring case, spaces and a BOM', () => {
    const mapping = guessMapping(['\uFEFFЛичный ID', ' ФАМИЛИЯСЫ ', 'first_name', 'Дата  рождения', 'Примечание', 'patronymic'], labelsOf);
    expect(mapping).toEqual({ username: '\uFEFFЛичный ID', lastName: ' ФАМИЛИЯСЫ ', firstName: 'first_name', birthDate: 'Дата  рождения', patronymic: 'patronymic' });
    // no column says "gender": a guess never invents one
    expect(missingRequired(mapping)).toEqual(['gender']);
  });

  it('maps a header to one field at most, and only to headers of the file', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...IMPORT_FIELDS, 'Фамилия', 'Имя', 'x', 'Пол'), { maxLength: 20 }), (headers) => {
        const mapping = guessMapping(headers, labelsOf);
        const used = Object.values(mapping);
        expect(new Set(used.map(headerKey)).size).toBe(used.length);
        for (const header of used) expect(headers).toContain(header);
      }),
    );
  });
});
