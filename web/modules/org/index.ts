/** The academic structure in the web: units as select options. Other modules import only this file. */
export { useUnitOptions, useUnits, type UnitOption } from './hooks/use-units.ts';
export { useUnitsChanged } from './hooks/use-units.ts';
