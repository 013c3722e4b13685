/** The students module's public API: programs, groups, student cards, orders. */
export { studentsRoutes } from './students.routes.ts';
export { STUDENT_IMPORT_PATH, studentsTransferRoutes } from './students.transfer.routes.ts';
export { studentsReportsRoutes } from './students.reports.routes.ts';
export { studentsStructureRoutes } from './students.structure.routes.ts';
export { studentsCardRoutes } from './students.card.routes.ts';
export { findStudentTarget } from './students.policy.ts';
