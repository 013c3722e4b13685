/**
 * Registration in the web: the holds panel of the student card now; study-plan registration next.
 * Other modules use only what is exported here.
 */
export { HoldsPanel } from './components/holds-panel.tsx';
