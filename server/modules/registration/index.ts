/** The registration module's public API: holds on a student now; study-plan registration builds on them (see README.md). */
export { registrationRoutes } from './registration.routes.ts';
export { activeHolds, type ActiveHold } from './registration.holds.service.ts';
export { expireOffers } from './registration.waitlist.service.ts';
/** for the demo: a term's offerings and sections written inside the seeding transaction (no access check) */
export { generateOfferingsIn } from './registration.offerings.generate.ts';
