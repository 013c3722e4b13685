/** Curricula: the discipline catalog, base and working plans, individual study plans (see README.md). */
export { curriculaRoutes } from './curricula.routes.ts';
export { curriculaPlansRoutes } from './curricula.plans.routes.ts';
export { curriculaIndividualRoutes } from './curricula.individual.routes.ts';
export { createDiscipline } from './curricula.disciplines.service.ts';
export { approvePlan, copyPlan, createPlan, getPlan, listPlans, newVersion, savePlanContent } from './curricula.plans.service.ts';
export { deriveIndividualPlan, getIndividualPlan } from './curricula.individual.service.ts';
export { curriculaSyllabiRoutes, SYLLABUS_UPLOAD_PATH } from './curricula.syllabi.routes.ts';
