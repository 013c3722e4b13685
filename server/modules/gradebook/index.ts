/** The gradebook module's public API: final results now; journals and gradesheets build on them (see README.md). */
export { gradebookRoutes } from './gradebook.routes.ts';
export { passedDisciplines, recordFinalResult, recordFinalResults, recordFinalResultsInBulk, type FinalResultInput, type RecordedResult } from './gradebook.service.ts';
