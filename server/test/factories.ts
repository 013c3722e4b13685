import type { Role } from '../../shared/access/permissions.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { Db } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';
import { roleGrants, users } from '../modules/identity/identity.tables.ts';
import { insertUnit } from '../modules/org/index.ts';
import { TEST_PASSWORD } from './login-as.ts';

let testHash: Promise<string> | undefined;

/** The structure most tests need: a university with two faculties, a department and a group in each. */
export async function createUnitTree(db: Db) {
  const unit = async (kind: 'university' | 'faculty' | 'department' | 'group', code: string, parentId: string | null) =>
    (await insertUnit(db, { id: newId(), kind, code, parentId, nameRu: `${code} ru`, nameKy: `${code} ky`, nameEn: `${code} en` })).id;
  const university = await unit('university', 'U', null);
  const faculty1 = await unit('faculty', 'F1', university);
  const faculty2 = await unit('faculty', 'F2', university);
  const department1 = await unit('department', 'D1', faculty1);
  const department2 = await unit('department', 'D2', faculty2);
  const group1 = await unit('group', 'G1', department1);
  const group2 = await unit('group', 'G2', department2);
  return { university, faculty1, faculty2, department1, department2, group1, group2 };
}

export interface UserSpec {
  username: string;
  roles?: { role: Role; scopeUnitId?: string | null; scopeStudentId?: string | null }[];
  homeUnitId?: string | null;
  isActive?: boolean;
  lastName?: string;
  firstName?: string;
}

/** A user with the test password and the given grants, written straight to the database. */
export async function createUser(db: Db, spec: UserSpec): Promise<string> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const id = newId();
  await db.insert(users).values({
    id,
    username: spec.username,
    passwordHash: await testHash,
    lastName: spec.lastName ?? `Фамилия-${spec.username}`,
    firstName: spec.firstName ?? 'Имя',
    homeUnitId: spec.homeUnitId ?? null,
    isActive: spec.isActive ?? true,
  });
  for (const grant of spec.roles ?? []) {
    await db.insert(roleGrants).values({ id: newId(), userId: id, role: grant.role, scopeUnitId: grant.scopeUnitId ?? null, scopeStudentId: grant.scopeStudentId ?? null });
  }
  return id;
}
