/**
 * Student records in the web: programs, groups, student cards and orders.
 * Other modules use only what is exported here; the router imports the pages directly.
 */
export { MyStudentCards } from './components/my-student-cards.tsx';
export { useProgramOptions } from './hooks/use-structure-options.ts';
