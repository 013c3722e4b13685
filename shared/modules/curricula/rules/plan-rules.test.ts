import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../settings/catalog.ts';
import { planRulesFrom } from './plan-rules.ts';

describe('the plan rules of the default settings', () => {
  it('are the numbers of DOMAIN.md §3 and seed 003 §3.4-3.5', () => {
    const rules = planRulesFrom(defaultSettings());
    expect(rules).toMatchObject({ hoursPerCredit: 30, minCredits: 2, singleMidtermMaxCredits: 2, yearCredits: 60 });
    expect(rules.levelCredits.bachelor).toEqual({ min: 240, max: 240 });
    expect(rules.levelCredits.specialist).toEqual({ min: 300, max: 360 });
    expect(rules.levelCredits.master).toEqual({ min: 60, max: 120 });
    expect(rules.semesterCredits).toEqual({ min: 28, max: 33 });
  });

  it('follow a changed setting', () => {
    expect(planRulesFrom({ ...defaultSettings(), 'curricula.hoursPerCredit': 25 }).hoursPerCredit).toBe(25);
  });
});
