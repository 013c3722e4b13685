/**
 * Registration in the web: the holds panel of the student card, the navigation entries; the router
 * imports the pages (a student's registration, the review queue, the overview) directly.
 * Other modules use only what is exported here.
 */
export { HoldsPanel } from './components/holds-panel.tsx';
export { RegistrationNavLinks } from './components/registration-nav.tsx';
