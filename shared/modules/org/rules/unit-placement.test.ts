import { describe, expect, it } from 'vitest';
import type { UnitKind } from '../org.contracts.ts';
import { canPlaceUnder } from './unit-placement.ts';

const open = (kind: UnitKind) => ({ kind, isClosed: false });

describe('canPlaceUnder', () => {
  it.each([
    ['faculty', open('university'), 'ok'],
    ['faculty', open('faculty'), 'parentInvalid'],
    ['faculty', null, 'parentInvalid'],
    ['department', open('faculty'), 'ok'],
    ['department', open('university'), 'parentInvalid'],
    ['department', open('department'), 'parentInvalid'],
    ['department', { kind: 'faculty', isClosed: true }, 'parentClosed'],
    ['group', open('department'), 'ok'],
    ['group', open('faculty'), 'parentInvalid'],
    ['university', null, 'ok'],
    ['university', open('university'), 'parentInvalid'],
  ] as const)('%s under %j → %s', (kind, parent, expected) => {
    expect(canPlaceUnder(kind, parent)).toBe(expected);
  });
});
