/**
 * The academic calendar's public API: its routes, and the working-day service every module counts
 * deadlines with (`workingDays(ctx)`), plus the term lookup deadlines are counted from.
 */
export { calendarRoutes } from './calendar.routes.ts';
export { workingDays, type WorkingDays } from './calendar.working-days.ts';
export { findTermStart } from './calendar.terms.ts';
