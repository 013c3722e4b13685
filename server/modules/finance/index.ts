/** The finance module's public API: the price list, payments, a student's tuition; registration checks payment through it (see README.md). */
export { financeRoutes } from './finance.routes.ts';
export { hasRestudyPrepayment, tuitionStatus, type TermOfStudent, type TuitionStatus } from './finance.tuition.service.ts';
