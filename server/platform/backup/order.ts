import type { ForeignKey } from './catalog.ts';

/** Tables that must be inserted together: a foreign-key cycle, or one table referencing itself. */
export interface InsertGroup {
  tables: string[];
  /** true when rows of the group reference each other: they are staged and inserted in one statement */
  cyclic: boolean;
}

/**
 * Orders tables so every referenced table comes before the tables referencing it (parents first).
 * Cycles (including self-references such as org_units.parent_id) become one group: PostgreSQL
 * checks a non-deferrable foreign key at the end of the statement, so one INSERT for the whole
 * group succeeds whatever the order of its rows. Tarjan's algorithm: it emits a component only
 * after every component it reaches, which is exactly parents-first. Deterministic (by name).
 */
export function insertionGroups(tables: string[], keys: ForeignKey[]): InsertGroup[] {
  const known = new Set(tables);
  const edges = new Map<string, string[]>(tables.map((t) => [t, []]));
  const selfReferencing = new Set<string>();
  for (const { from, to } of keys) {
    if (!known.has(from) || !known.has(to)) continue;
    if (from === to) selfReferencing.add(from);
    else edges.get(from)?.push(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: InsertGroup[] = [];
  const visit = (table: string): void => {
    index.set(table, index.size);
    low.set(table, index.get(table)!);
    stack.push(table);
    onStack.add(table);
    for (const next of [...(edges.get(table) ?? [])].sort()) {
      if (!index.has(next)) {
        visit(next);
        low.set(table, Math.min(low.get(table)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(table, Math.min(low.get(table)!, index.get(next)!));
      }
    }
    if (low.get(table) !== index.get(table)) return;
    const members: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== table);
    members.sort();
    groups.push({ tables: members, cyclic: members.length > 1 || selfReferencing.has(table) });
  };
  for (const table of [...tables].sort()) if (!index.has(table)) visit(table);
  return groups;
}

/** For each table, the other tables it references (what must already be inserted). */
export function dependencies(keys: ForeignKey[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const { from, to } of keys) {
    if (from === to) continue;
    if (!result.has(from)) result.set(from, new Set());
    result.get(from)!.add(to);
  }
  return result;
}
