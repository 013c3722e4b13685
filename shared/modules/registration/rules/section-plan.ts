import type { DisciplineKind } from '../../curricula/curricula.vocabulary.ts';
import type { ProgramLevel } from '../../students/students.vocabulary.ts';
import type { SectionKind } from '../registration.vocabulary.ts';

/**
 * The sections an offering opens (DOMAIN.md §4, seed 003 §5): a lecture stream when the discipline has
 * lecture hours, practice groups when it has practice hours, lab subgroups when it has lab hours (one
 * practice group when it has none of them). As many of a kind as the expected students need at the
 * kind's maximum, at least one. Pure; the sizes come from the `registration.*Size` settings.
 */

export interface SizeRange {
  min: number;
  max: number;
}

/** The settings' sizes: lecture streams, practice groups, small groups (labs, foreign languages), and every kind of a master's program. */
export interface SectionSizes {
  lecture: SizeRange;
  practice: SizeRange;
  smallGroup: SizeRange;
  master: SizeRange;
}

export interface SectionPlanInput {
  hours: { lecture: number; practice: number; lab: number };
  disciplineKind: DisciplineKind;
  level: ProgramLevel;
  expectedStudents: number;
}

export interface PlannedSection {
  kind: SectionKind;
  /** 1, 2, … within the kind */
  number: number;
  capacity: number;
  minSize: number;
}

/** The size range of a kind of section: masters' for every kind of a master's program, small groups for labs and language practice. */
export function sectionSize(kind: SectionKind, disciplineKind: DisciplineKind, level: ProgramLevel, sizes: SectionSizes): SizeRange {
  if (level === 'master') return sizes.master;
  if (kind === 'lecture') return sizes.lecture;
  if (kind === 'lab' || disciplineKind === 'foreignLanguage') return sizes.smallGroup;
  return sizes.practice;
}

/** The kinds of section a discipline's hours call for, in the order lecture, practice, lab; a practice group when none. */
export function sectionKinds(hours: SectionPlanInput['hours']): SectionKind[] {
  const kinds: SectionKind[] = [];
  if (hours.lecture > 0) kinds.push('lecture');
  if (hours.practice > 0) kinds.push('practice');
  if (hours.lab > 0) kinds.push('lab');
  return kinds.length > 0 ? kinds : ['practice'];
}

/** Capacity and minimum of one section of a range: capacity the maximum (at least 1), the minimum never above it. */
export function sectionBounds(range: SizeRange): { capacity: number; minSize: number } {
  const capacity = Math.max(1, range.max);
  return { capacity, minSize: Math.max(0, Math.min(range.min, capacity)) };
}

/** Every section to open for an offering: per kind max(1, ⌈expected / max⌉) sections of the kind's maximum. */
export function planSections(input: SectionPlanInput, sizes: SectionSizes): PlannedSection[] {
  const expected = Math.max(0, input.expectedStudents);
  return sectionKinds(input.hours).flatMap((kind) => {
    const { capacity, minSize } = sectionBounds(sectionSize(kind, input.disciplineKind, input.level, sizes));
    const count = Math.max(1, Math.ceil(expected / capacity));
    return Array.from({ length: count }, (_, i) => ({ kind, number: i + 1, capacity, minSize }));
  });
}

/** The expected students of an elective option: a group's size × N/M of its elective group (choose N of M), rounded up. */
export function electiveShare(groupSize: number, choose: number, options: number): number {
  if (options <= 0) return 0;
  return Math.ceil((groupSize * Math.min(choose, options)) / options);
}
