import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCIPLINE_KINDS } from '../../curricula/curricula.vocabulary.ts';
import { PROGRAM_LEVELS } from '../../students/students.vocabulary.ts';
import { SECTION_KINDS } from '../registration.vocabulary.ts';
import { electiveShare, planSections, sectionSize, type SectionPlanInput, type SectionSizes } from './section-plan.ts';

const sizes: SectionSizes = { lecture: { min: 40, max: 100 }, practice: { min: 20, max: 25 }, smallGroup: { min: 6, max: 12 }, master: { min: 20, max: 25 } };
const input = (over: Partial<SectionPlanInput>): SectionPlanInput => ({ hours: { lecture: 30, practice: 30, lab: 0 }, disciplineKind: 'regular', level: 'bachelor', expectedStudents: 50, ...over });
/** [kind, number, capacity, minSize] of each planned section */
const shape = (i: SectionPlanInput, s = sizes) => planSections(i, s).map((p) => [p.kind, p.number, p.capacity, p.minSize]);

describe('the sections of an offering', () => {
  it.each([
    ['a lecture stream and two practice groups for 50', input({}), [['lecture', 1, 100, 40], ['practice', 1, 25, 20], ['practice', 2, 25, 20]]],
    ['two streams and five groups for 101', input({ expectedStudents: 101 }), [['lecture', 1, 100, 40], ['lecture', 2, 100, 40], ...[1, 2, 3, 4, 5].map((n) => ['practice', n, 25, 20])]],
    ['one of each for nobody expected', input({ expectedStudents: 0, hours: { lecture: 10, practice: 10, lab: 10 } }), [['lecture', 1, 100, 40], ['practice', 1, 25, 20], ['lab', 1, 12, 6]]],
    ['lab subgroups of at most 12', input({ expectedStudents: 25, hours: { lecture: 0, practice: 0, lab: 30 } }), [['lab', 1, 12, 6], ['lab', 2, 12, 6], ['lab', 3, 12, 6]]],
    ['small practice groups for a foreign language', input({ disciplineKind: 'foreignLanguage', expectedStudents: 13, hours: { lecture: 0, practice: 60, lab: 0 } }), [['practice', 1, 12, 6], ['practice', 2, 12, 6]]],
    ["a master's sizes for every kind", input({ level: 'master', expectedStudents: 30, hours: { lecture: 10, practice: 0, lab: 10 } }), [['lecture', 1, 25, 20], ['lecture', 2, 25, 20], ['lab', 1, 25, 20], ['lab', 2, 25, 20]]],
    ['one practice group when the hours name no kind', input({ expectedStudents: 10, hours: { lecture: 0, practice: 0, lab: 0 } }), [['practice', 1, 25, 20]]],
  ] as const)('%s', (_, i, expected) => {
    expect(shape(i)).toEqual(expected);
  });

  it('never sets a minimum above the capacity', () => {
    const odd = { ...sizes, practice: { min: 30, max: 25 } };
    expect(shape(input({ expectedStudents: 10, hours: { lecture: 0, practice: 2, lab: 0 } }), odd)).toEqual([['practice', 1, 25, 25]]);
  });

  it('picks the size range by kind, discipline kind and level', () => {
    expect(sectionSize('practice', 'foreignLanguage', 'bachelor', sizes)).toBe(sizes.smallGroup);
    expect(sectionSize('lecture', 'foreignLanguage', 'bachelor', sizes)).toBe(sizes.lecture);
    expect(sectionSize('lab', 'regular', 'college', sizes)).toBe(sizes.smallGroup);
    expect(sectionSize('practice', 'regular', 'master', sizes)).toBe(sizes.master);
  });

  it('seats at least the expected students in every kind, and no section over its kind’s maximum', () => {
    const range = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 150 })).map(([min, max]) => ({ min, max }));
    const hours = fc.record({ lecture: fc.integer({ min: 0, max: 3 }), practice: fc.integer({ min: 0, max: 3 }), lab: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.record({ lecture: range, practice: range, smallGroup: range, master: range }), hours, fc.constantFrom(...DISCIPLINE_KINDS), fc.constantFrom(...PROGRAM_LEVELS), fc.integer({ min: 0, max: 2000 }), (s, h, disciplineKind, level, expectedStudents) => {
        const planned = planSections({ hours: h, disciplineKind, level, expectedStudents }, s);
        expect(planned.length).toBeGreaterThan(0);
        for (const kind of SECTION_KINDS) {
          const ofKind = planned.filter((p) => p.kind === kind);
          if (ofKind.length === 0) continue;
          const { max } = sectionSize(kind, disciplineKind, level, s);
          expect(ofKind.reduce((sum, p) => sum + p.capacity, 0)).toBeGreaterThanOrEqual(expectedStudents);
          expect(ofKind.every((p) => p.capacity <= max && p.capacity >= 1 && p.minSize <= p.capacity)).toBe(true);
          expect(ofKind.map((p) => p.number)).toEqual(ofKind.map((_, i) => i + 1));
        }
      }),
    );
  });
});

describe('the expected students of an elective option', () => {
  it.each([
    [25, 1, 2, 13],
    [25, 2, 3, 17],
    [24, 1, 3, 8],
    [0, 1, 2, 0],
    [10, 3, 2, 10],
  ])('%i students choosing %i of %i: %i', (size, choose, options, expected) => {
    expect(electiveShare(size, choose, options)).toBe(expected);
  });
});
