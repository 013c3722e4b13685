/** The staff (HR) module's public API: positions, staff cards, HR orders and appointments, staff lists and reports. */
export { staffRoutes } from './staff.routes.ts';
