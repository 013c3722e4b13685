import type { UnitKind } from '../org.contracts.ts';

/** Where a unit may stand: the kind of unit its parent must be (null: it stands at the top). */
export const PARENT_KIND: Record<UnitKind, UnitKind | null> = {
  university: null,
  faculty: 'university',
  department: 'faculty',
  group: 'department',
};

/** Whether a unit of this kind may stand under the parent (closed parents take nothing new). */
export function canPlaceUnder(kind: UnitKind, parent: { kind: UnitKind; isClosed: boolean } | null): 'ok' | 'parentInvalid' | 'parentClosed' {
  const wanted = PARENT_KIND[kind];
  if (wanted === null) return parent === null ? 'ok' : 'parentInvalid';
  if (parent === null || parent.kind !== wanted) return 'parentInvalid';
  return parent.isClosed ? 'parentClosed' : 'ok';
}
