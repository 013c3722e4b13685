import { describe, expect, it } from 'vitest';
import { dependencies, insertionGroups } from './order.ts';

describe('insertion order', () => {
  it('puts every referenced table before the tables that reference it', () => {
    const groups = insertionGroups(['role_grants', 'users', 'org_units', 'audit_log'], [
      { from: 'role_grants', to: 'users' },
      { from: 'role_grants', to: 'org_units' },
      { from: 'users', to: 'org_units' },
    ]);
    expect(groups.map((g) => g.tables)).toEqual([['audit_log'], ['org_units'], ['users'], ['role_grants']]);
    expect(groups.every((g) => !g.cyclic)).toBe(true);
  });

  it('marks a self-referencing table cyclic, alone in its group', () => {
    const groups = insertionGroups(['org_units', 'users'], [
      { from: 'org_units', to: 'org_units' },
      { from: 'users', to: 'org_units' },
    ]);
    expect(groups).toEqual([
      { tables: ['org_units'], cyclic: true },
      { tables: ['users'], cyclic: false },
    ]);
  });

  it('groups a cycle of several tables, after what the cycle references and before what references it', () => {
    const groups = insertionGroups(['a', 'b', 'c', 'base', 'leaf'], [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'b', to: 'base' },
      { from: 'leaf', to: 'c' },
    ]);
    expect(groups).toEqual([
      { tables: ['base'], cyclic: false },
      { tables: ['a', 'b', 'c'], cyclic: true },
      { tables: ['leaf'], cyclic: false },
    ]);
  });

  it('ignores keys to tables outside the list, and is the same whatever the input order', () => {
    const keys = [
      { from: 'x', to: 'elsewhere' },
      { from: 'y', to: 'x' },
    ];
    expect(insertionGroups(['y', 'x'], keys)).toEqual(insertionGroups(['x', 'y'], [...keys].reverse()));
    expect(insertionGroups(['y', 'x'], keys).map((g) => g.tables[0])).toEqual(['x', 'y']);
  });

  it('lists each table’s parents without itself', () => {
    expect(dependencies([{ from: 'org_units', to: 'org_units' }, { from: 'users', to: 'org_units' }])).toEqual(new Map([['users', new Set(['org_units'])]]));
  });
});
