/**
 * The academic calendar in the web: the calendar page (everyone) and its editing (the registrar).
 * Other modules use only what is exported here; the router imports the page directly.
 */
export { CalendarNavLink } from './components/calendar-nav.tsx';
