/** The org module's public API: units of the academic structure and their hierarchy. */
export { findUnit, insertUnit, insertUnitIfCodeFree, listUnits, unitPath, unitsWithin, updateUnit, type UnitRow } from './org.repository.ts';
export { unitName, toUnitDto } from './org.service.ts';
export { orgRoutes } from './org.routes.ts';
