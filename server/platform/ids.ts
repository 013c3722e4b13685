import { v7 } from 'uuid';

/** A new time-ordered id (UUIDv7), made in code so the SQL runs on PostgreSQL 15 to 18. */
export function newId(): string {
  return v7();
}
