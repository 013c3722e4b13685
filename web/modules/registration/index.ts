/**
 * Registration in the web: the holds panel of the student card, the navigation entries (offerings, a
 * student's registration, the review queue, the overview); the router imports the pages directly.
 * Other modules use only what is exported here.
 */
export { HoldsPanel } from './components/holds-panel.tsx';
export { OfferingsNavLink } from './components/offerings-nav.tsx';
export { RegistrationNavLinks } from './components/registration-nav.tsx';
