import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { CONTROL_FORMS, DISCIPLINE_KINDS } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { orgUnits } from '../org/org.tables.ts';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** The discipline catalog: each discipline once, owned by a department; plans place them in semesters. */
export const disciplines = pgTable(
  'disciplines',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    nameRu: text('name_ru').notNull(),
    nameKy: text('name_ky').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionRu: text('description_ru').notNull().default(''),
    descriptionKy: text('description_ky').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    departmentId: uuid('department_id').notNull().references(() => orgUnits.id),
    kind: text('kind', { enum: DISCIPLINE_KINDS }).notNull().default('regular'),
    credits: integer('credits').notNull(),
    hoursLecture: integer('hours_lecture').notNull().default(0),
    hoursPractice: integer('hours_practice').notNull().default(0),
    hoursLab: integer('hours_lab').notNull().default(0),
    hoursSupervised: integer('hours_supervised').notNull().default(0),
    hoursIndependent: integer('hours_independent').notNull().default(0),
    controlForm: text('control_form', { enum: CONTROL_FORMS }).notNull(),
    languages: text('languages').array().notNull(),
    /** listed in the catalog of electives (КЭД) */
    isElective: boolean('is_elective').notNull().default(false),
    ...stamps,
  },
  (t) => [index('disciplines_department_idx').on(t.departmentId)],
);

/** A discipline's prerequisites in the catalog: what must be passed (D or better) before it. */
export const disciplinePrerequisites = pgTable(
  'discipline_prerequisites',
  {
    disciplineId: uuid('discipline_id').notNull().references(() => disciplines.id),
    prerequisiteId: uuid('prerequisite_id').notNull().references(() => disciplines.id),
  },
  (t) => [primaryKey({ columns: [t.disciplineId, t.prerequisiteId] }), index('discipline_prerequisites_prerequisite_idx').on(t.prerequisiteId)],
);
