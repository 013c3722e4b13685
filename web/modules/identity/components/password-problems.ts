import type { TFunction } from 'i18next';
import type { PasswordProblem } from '../../../../shared/modules/identity/rules/password-strength.ts';
import { isApiError } from '../../../lib/api-client.ts';

const PROBLEMS: readonly PasswordProblem[] = ['tooShort', 'tooLong', 'fewClasses', 'containsUsername', 'common'];

/** The password rules a refused password broke (from the error's `details.problems`). */
export function passwordProblemsOf(error: unknown): PasswordProblem[] {
  if (!isApiError(error)) return [];
  const problems = (error.details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter((problem): problem is PasswordProblem => PROBLEMS.includes(problem as PasswordProblem));
}

/** The broken rules in the user's language, one sentence each. */
export function describePasswordProblems(error: unknown, t: TFunction): string | null {
  const problems = passwordProblemsOf(error);
  if (problems.length === 0) return null;
  return problems.map((problem) => t(`identity:passwordRule.${problem}`)).join(' ');
}

export const PASSWORD_PROBLEMS = PROBLEMS;
