/** The registration module's public API: holds on a student now; study-plan registration builds on them (see README.md). */
export { registrationRoutes } from './registration.routes.ts';
export { activeHolds, type ActiveHold } from './registration.holds.service.ts';
export { expireOffers } from './registration.waitlist.service.ts';
