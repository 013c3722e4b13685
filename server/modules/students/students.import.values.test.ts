import { describe, expect, it } from 'vitest';
import { formulaSafe } from './students.export.format.ts';
import { detectDelimiter } from './students.import.file.ts';
import { checkRow, parseDate, parseGender, resolveMapping } from './students.import.values.ts';

describe('dates as people type them', () => {
  it.each([
    ['15.03.2005', '2005-03-15'],
    ['5.3.2005', '2005-03-05'],
    ['15/03/2005', '2005-03-15'],
    ['2005-03-15', '2005-03-15'],
    [' 2005-3-5 ', '2005-03-05'],
    [38426, '2005-03-15'], // an Excel serial without a date format
    [new Date(Date.UTC(2005, 2, 15)), '2005-03-15'],
    ['29.02.2004', '2004-02-29'],
  ])('%s → %s', (cell, iso) => expect(parseDate(cell)).toBe(iso));

  it.each([['31.02.2005'], ['29.02.2005'], ['2005-13-01'], ['03/15/2005'], ['15.03.05'], ['вчера'], [0], [new Date(Number.NaN)], ['01.01.1850']])('%s is not a date', (cell) => {
    expect(parseDate(cell)).toBeNull();
  });

  it('an empty cell is no date at all (the contract says it is missing)', () => {
    expect(parseDate(null)).toBeUndefined();
    expect(parseDate('  ')).toBeUndefined();
  });
});

describe('genders as people type them', () => {
  it.each(['ж', 'Ж', 'ж.', 'Жен.', 'женский', 'female', 'F', 'аял', 'А'])('%s → female', (cell) => expect(parseGender(cell)).toBe('female'));
  it.each(['м', 'М.', 'муж', 'Мужской', 'male', 'm', 'эркек', 'Э', 'э.'])('%s → male', (cell) => expect(parseGender(cell)).toBe('male'));
  it.each(['x', 'жм', '1', 'woman'])('%s is unknown', (cell) => expect(parseGender(cell)).toBeNull());
});

describe('the file', () => {
  it('detects `;` or `,` from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a,b,"c;d;e"\n')).toBe(',');
    expect(detectDelimiter('"a,b";"c,d"')).toBe(';');
  });

  it('maps headers regardless of case and spaces, and names what is wrong with a mapping', () => {
    const columns = resolveMapping(['Личный ID', ' Фамилия ', 'Имя', 'Дата  рождения', 'Пол'], { username: 'личный id', lastName: 'Фамилия', firstName: 'Имя', birthDate: 'Дата рождения', gender: 'Пол' });
    expect(columns.get('birthDate')).toEqual({ index: 3, header: 'Дата  рождения' });
    expect(() => resolveMapping(['A'], { username: 'A', lastName: 'B' })).toThrow('IMPORT_MAPPING_INVALID');
  });

  it('takes back the quote an export put before a formula-like cell', () => {
    const columns = resolveMapping(['u', 'l', 'f', 'b', 'g', 'p'], { username: 'u', lastName: 'l', firstName: 'f', birthDate: 'b', gender: 'g', phone: 'p' });
    const row = checkRow({ row: 2, cells: ['st1', formulaSafe('-Ли'), 'Ан', '01.01.2005', 'м', formulaSafe('+996 555 000 111')] }, columns, new Date('2026-09-01T00:00:00Z'));
    expect(row.problems).toEqual([]);
    expect(row.card).toMatchObject({ lastName: '-Ли', phone: '+996 555 000 111', citizenship: 'KG' });
  });
});
