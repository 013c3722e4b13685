/** Curricula: the discipline catalog now; base, working and individual plans build on it (see README.md). */
export { curriculaRoutes } from './curricula.routes.ts';
export { curriculaPlansRoutes } from './curricula.plans.routes.ts';
export { curriculaSyllabiRoutes, SYLLABUS_UPLOAD_PATH } from './curricula.syllabi.routes.ts';
