import type { Lang } from '../../../shared/i18n/languages.ts';
import type { GrantDto, PersonDto, UserDto } from '../../../shared/modules/identity/identity.contracts.ts';
import type { Role } from '../../../shared/access/permissions.ts';
import type { listGrants, UserRow } from './identity.repository.ts';

type GrantRows = Awaited<ReturnType<typeof listGrants>>;

type Names = { nameRu: string | null; nameKy: string | null; nameEn: string | null };

const localName = (names: Names, lang: Lang) => (lang === 'ky' ? names.nameKy : lang === 'en' ? names.nameEn : names.nameRu) ?? null;

/** A unit's name in the language, or null for no unit. */
export const unitLabel = (unit: Names | null, lang: Lang): string | null => (unit ? localName(unit, lang) : null);

/** "Фамилия Имя Отчество", as documents write a person. */
export function fullName(person: { lastName: string | null; firstName: string | null; patronymic: string | null }): string {
  return [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' ');
}

export function toGrantDtos(rows: GrantRows, lang: Lang): GrantDto[] {
  return rows.map(({ grant, unit, student }) => ({
    id: grant.id,
    role: grant.role as Role,
    scopeUnitId: grant.scopeUnitId,
    scopeUnitName: unitLabel(unit, lang),
    scopeStudentId: grant.scopeStudentId,
    scopeStudentName: student ? fullName(student) : null,
  }));
}

export function toUserDto(user: UserRow, grants: GrantDto[], homeUnitName: string | null): UserDto {
  return {
    id: user.id,
    username: user.username,
    lastName: user.lastName,
    firstName: user.firstName,
    patronymic: user.patronymic,
    email: user.email,
    phone: user.phone,
    lang: user.lang,
    homeUnitId: user.homeUnitId,
    homeUnitName,
    isActive: user.isActive,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    grants,
  };
}

export function toPersonDto(user: UserRow, roles: Role[], homeUnitName: string | null): PersonDto {
  return {
    id: user.id,
    username: user.username,
    lastName: user.lastName,
    firstName: user.firstName,
    patronymic: user.patronymic,
    homeUnitId: user.homeUnitId,
    homeUnitName,
    roles: [...new Set(roles)],
  };
}
