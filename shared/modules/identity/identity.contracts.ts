import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../access/permissions.ts';
import { langSchema } from '../../i18n/languages.ts';

/** Contracts of sign-in, the own profile, user administration and person cards. */

const username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/);
const personName = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const roleSchema = z.enum(ROLES);
export const permissionSchema = z.enum(PERMISSIONS);

export const signInBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }).strict();

export const grantDto = z.object({
  id: z.string(),
  role: roleSchema,
  scopeUnitId: z.string().nullable(),
  scopeUnitName: z.string().nullable(),
  scopeStudentId: z.string().nullable(),
  scopeStudentName: z.string().nullable(),
});
export type GrantDto = z.infer<typeof grantDto>;

export const meDto = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    lastName: z.string(),
    firstName: z.string(),
    patronymic: z.string().nullable(),
    lang: langSchema,
    passwordChangedAt: z.string().nullable(),
  }),
  grants: z.array(grantDto),
  abilities: z.array(permissionSchema),
  csrfToken: z.string(),
  university: z.object({ name: z.string(), shortName: z.string(), timeZone: z.string() }),
});
export type MeDto = z.infer<typeof meDto>;

export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }).strict();
export const changeLanguageBody = z.object({ lang: langSchema }).strict();

export const sessionDto = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type SessionDto = z.infer<typeof sessionDto>;

export const userDto = z.object({
  id: z.string(),
  username: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  lang: langSchema,
  homeUnitId: z.string().nullable(),
  homeUnitName: z.string().nullable(),
  isActive: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  grants: z.array(grantDto),
});
export type UserDto = z.infer<typeof userDto>;

export const createUserBody = z
  .object({
    username,
    lastName: personName,
    firstName: personName,
    patronymic: optionalText(100),
    email: z.string().trim().email().max(200).nullable().optional(),
    phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/).nullable().optional(),
    lang: langSchema.default('ru'),
    homeUnitId: z.string().uuid().nullable().optional(),
    password: z.string().min(1).max(256),
  })
  .strict();
export type CreateUserBody = z.infer<typeof createUserBody>;

// a change names only what changes: the default language of a new user must not reset an existing one's
export const updateUserBody = createUserBody.omit({ username: true, password: true }).extend({ lang: langSchema }).partial().strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const resetPasswordBody = z.object({ newPassword: z.string().min(1).max(256) }).strict();

export const grantBody = z
  .object({
    role: roleSchema,
    scopeUnitId: z.string().uuid().nullable().optional(),
    scopeStudentId: z.string().uuid().nullable().optional(),
  })
  .strict();
export type GrantBody = z.infer<typeof grantBody>;

export const listUsersQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  isActive: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const personDto = z.object({
  id: z.string(),
  username: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  homeUnitId: z.string().nullable(),
  homeUnitName: z.string().nullable(),
  roles: z.array(roleSchema),
});
export type PersonDto = z.infer<typeof personDto>;

export const listPeopleQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const idParam = z.object({ id: z.string().uuid() });
