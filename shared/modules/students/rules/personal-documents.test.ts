import { describe, expect, it } from 'vitest';
import { checkPersonalNumber, isKyrgyzPassport, normalizePassport } from './personal-documents.ts';

const today = new Date('2026-11-23T00:00:00Z');

describe('personal number (ПИН)', () => {
  it.each([
    ['21503200512345', { problems: [], warnings: [] }],
    ['1150320051234', { problems: ['format'], warnings: [] }],
    ['31503200512345', { problems: ['format'], warnings: [] }],
    ['2150320051234x', { problems: ['format'], warnings: [] }],
    ['23102200512345', { problems: ['date'], warnings: [] }], // 31 February
    ['20101203012345', { problems: ['date'], warnings: [] }], // born in 2030
  ])('%s', (pin, expected) => {
    expect(checkPersonalNumber(pin, today)).toEqual(expected);
  });

  it('warns, never refuses, when the card disagrees on birth date or sex', () => {
    expect(checkPersonalNumber('21503200512345', today, { birthDate: '2005-03-15', gender: 'male' })).toEqual({ problems: [], warnings: [] });
    expect(checkPersonalNumber('21503200512345', today, { birthDate: '2005-03-16', gender: 'female' })).toEqual({ problems: [], warnings: ['birthDateMismatch', 'genderMismatch'] });
  });
});

describe('passport number', () => {
  it.each([
    ['AN1234567', true],
    ['an 123 4567', true],
    ['ID0012345', true],
    ['A1234567', false],
    ['AN123456', false],
    ['АН1234567', false], // Cyrillic letters
  ])('%s → %s', (raw, ok) => {
    expect(isKyrgyzPassport(raw)).toBe(ok);
  });

  it('normalizes spaces and case', () => {
    expect(normalizePassport(' ac 1234567 ')).toBe('AC1234567');
  });
});
