import type { Lang } from '../../../shared/i18n/languages.ts';
import type { RegistrationViewDto } from '../../../shared/modules/registration/registration.view.contracts.ts';
import { translate } from '../../platform/i18n/translate.ts';
import type { ActiveHold } from './registration.holds.service.ts';

/**
 * Why a draft plan would not pass submission yet, for the term shown: in the reader's words, so the
 * student sees what to do before pressing "Submit". Advisory: the submit step decides.
 */

interface CheckInput {
  holds: ActiveHold[];
  credits: RegistrationViewDto['credits'];
  lines: RegistrationViewDto['lines'];
  electiveGroups: RegistrationViewDto['electiveGroups'];
  isWindowOpen: boolean;
}

export function viewChecks(lang: Lang, input: CheckInput): RegistrationViewDto['checks'] {
  const out: RegistrationViewDto['checks'] = [];
  const add = (code: string, params: Record<string, unknown> = {}) => out.push({ code, message: translate(lang, `registration:check.${code}`, params) });
  if (!input.isWindowOpen) add('windowClosed');
  if (input.holds.length > 0) add('holds', { kinds: input.holds.map((h) => translate(lang, `registration:kind.${h.kind}`)).join(', ') });
  const { planned, min, max } = input.credits;
  if (planned < min) add('creditsBelow', { credits: planned, min });
  if (planned > max) add('creditsAbove', { credits: planned, max });
  for (const group of input.electiveGroups) if (group.chosen < group.choose) add('electivesToChoose', { count: group.choose - group.chosen, group: group.key });
  for (const line of input.lines) {
    if (line.missingPrerequisites.length > 0) add('prerequisites', { discipline: line.name, list: line.missingPrerequisites.map((p) => p.code).join(', ') });
    if (!line.offering) continue;
    const missing = line.offering.kinds.filter((kind) => !line.enrolments.some((e) => e.kind === kind));
    if (missing.length > 0) add('sectionsMissing', { discipline: line.name, kinds: missing.map((k) => translate(lang, `registration:sectionKind.${k}`).toLowerCase()).join(', ') });
  }
  return out;
}
