/**
 * Staff (HR) in the web: staff cards, HR orders, staff lists and reports.
 * Other modules use only what is exported here; the router imports the pages directly.
 */
export { MyStaffCard } from './components/my-staff-card.tsx';
export { StaffNavLinks } from './components/staff-nav.tsx';
