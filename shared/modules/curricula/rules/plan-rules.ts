import type { SettingValues } from '../../../settings/catalog.ts';
import type { PlanRules } from './plan-validation.ts';

/** The numbers a plan is validated against, as the university's settings hold them. */
export function planRulesFrom(s: SettingValues): PlanRules {
  const range = (min: number, max: number) => ({ min, max });
  return {
    hoursPerCredit: s['curricula.hoursPerCredit'],
    minCredits: s['curricula.minDisciplineCredits'],
    singleMidtermMaxCredits: s['curricula.singleMidtermMaxCredits'],
    yearCredits: s['curricula.yearCredits'],
    yearTolerance: s['curricula.yearCreditsTolerance'],
    semesterCredits: range(s['curricula.semesterCreditsMin'], s['curricula.semesterCreditsMax']),
    levelCredits: {
      college: range(s['curricula.collegeCreditsMin'], s['curricula.collegeCreditsMax']),
      bachelor: range(s['curricula.bachelorCreditsMin'], s['curricula.bachelorCreditsMax']),
      specialist: range(s['curricula.specialistCreditsMin'], s['curricula.specialistCreditsMax']),
      master: range(s['curricula.masterCreditsMin'], s['curricula.masterCreditsMax']),
      phd: range(s['curricula.phdCreditsMin'], s['curricula.phdCreditsMax']),
    },
  };
}
