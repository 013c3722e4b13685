import type { TFunction } from 'i18next';
import type { GrantDto } from '../../../../shared/modules/identity/identity.contracts.ts';

/** Where a grant applies: its unit, its linked student, or the whole university. */
export function grantScopeLabel(grant: GrantDto, t: TFunction): string {
  if (grant.scopeUnitName) return grant.scopeUnitName;
  if (grant.scopeStudentName) return grant.scopeStudentName;
  if (grant.scopeUnitId || grant.scopeStudentId) return t('common:scope.unknown');
  return t('common:scope.university');
}

/** "Dean's office — Faculty of Economics". */
export function grantLabel(grant: GrantDto, t: TFunction): string {
  return `${t(`common:roles.${grant.role}`)} — ${grantScopeLabel(grant, t)}`;
}
