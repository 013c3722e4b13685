import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { users } from '../identity/identity.tables.ts';
import { students } from './students.tables.ts';

/** What an export shows of a card beyond the search row: names, birth, contacts, documents. */
export async function cardsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: students.id,
      userId: users.id,
      homeUnitId: users.homeUnitId,
      username: users.username,
      lastName: users.lastName,
      firstName: users.firstName,
      patronymic: users.patronymic,
      email: users.email,
      lastNameLatin: students.lastNameLatin,
      firstNameLatin: students.firstNameLatin,
      birthDate: students.birthDate,
      gender: students.gender,
      citizenship: students.citizenship,
      nationality: students.nationality,
      personalNumber: students.personalNumber,
      passportNumber: students.passportNumber,
      address: students.address,
      phone: students.phone,
      previousEducation: students.previousEducation,
      ortCertificate: students.ortCertificate,
      ortScore: students.ortScore,
    })
    .from(students)
    .innerJoin(users, eq(users.id, students.userId))
    .where(inArray(students.id, ids));
}

export type ExportCard = Awaited<ReturnType<typeof cardsByIds>>[number];
