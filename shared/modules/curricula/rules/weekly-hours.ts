import type { HourKind } from '../curricula.vocabulary.ts';

/**
 * A discipline's weekly load (seed 003 §3: "недельная нагрузка ... аудиторными занятиями ... в неделю"):
 * its classroom hours (lecture, practice/seminar, lab) and its supervised self-study (СРСП/СРМП) spread
 * over the teaching weeks of a semester, each rounded to one decimal. Pure; the weeks come from settings.
 */

export interface WeeklyHours {
  /** lecture + practice + lab hours a week */
  classroom: number;
  /** supervised self-study (СРСП) hours a week */
  supervised: number;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The weekly hours of `hours` taught over `weeks` weeks (at least one). */
export function weeklyHours(hours: Partial<Record<HourKind, number>>, weeks: number): WeeklyHours {
  if (!(weeks >= 1)) throw new RangeError(`a semester has at least one teaching week, not ${weeks}`);
  const classroom = (hours.lecture ?? 0) + (hours.practice ?? 0) + (hours.lab ?? 0);
  return { classroom: oneDecimal(classroom / weeks), supervised: oneDecimal((hours.supervised ?? 0) / weeks) };
}
