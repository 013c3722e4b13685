import type { TermKind } from '../../../shared/modules/calendar/calendar.vocabulary.ts';
import type { Executor } from '../../platform/db/client.ts';
import { findTermOfYear } from './calendar.repository.ts';

/** The first day of a term of the academic year starting in `startYear`, if the calendar has it. */
export async function findTermStart(db: Executor, startYear: number, kind: TermKind): Promise<string | undefined> {
  return (await findTermOfYear(db, startYear, kind))?.startDate;
}
