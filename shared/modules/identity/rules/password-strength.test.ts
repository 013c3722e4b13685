import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-strength.ts';

describe('password strength rule', () => {
  it.each([
    ['Str0ng-Passw', 'ivanov', []],
    ['short1A!', 'ivanov', ['tooShort']],
    ['alllowercaseletters', 'ivanov', []],
    ['lowercase12', 'ivanov', ['fewClasses']],
    ['Ivanov-2026-x', 'ivanov', ['containsUsername']],
    ['Password123', 'x', ['common']],
    ['Пароль-2026-кр', 'student', []],
  ])('%s for %s → %j', (password, username, expected) => {
    expect(checkPasswordStrength(password, username, 10)).toEqual(expected);
  });

  it('refuses every password shorter than the minimum and accepts long mixed ones (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 40 }), fc.string({ minLength: 0, maxLength: 60 }), (min, text) => {
        const problems = checkPasswordStrength(text, 'someone', min);
        expect(problems.includes('tooShort')).toBe([...text].length < min);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 20 }), (min) => {
        expect(checkPasswordStrength(`Aa1-${'q'.repeat(min)}`, 'user', min)).toEqual([]);
      }),
    );
  });
});
