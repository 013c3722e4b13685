/**
 * Finance in the web: the price list page (the router imports it directly), the payments panel of
 * the student card, and the navigation entry. Other modules use only what is exported here.
 */
export { FinanceNavLink } from './components/finance-nav.tsx';
export { PaymentsPanel } from './components/payments-panel.tsx';
