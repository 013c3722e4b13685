/**
 * Registration in the web: the holds panel of the student card, the offerings page (the router imports
 * it directly) and its navigation entry; study-plan registration next.
 * Other modules use only what is exported here.
 */
export { HoldsPanel } from './components/holds-panel.tsx';
export { OfferingsNavLink } from './components/offerings-nav.tsx';
