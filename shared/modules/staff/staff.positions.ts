/** The usual positions of a university (должности ППС и руководителей), the catalog a new installation starts from. */
export const STANDARD_POSITIONS = [
  { code: 'assistant', nameRu: 'Ассистент', nameKy: 'Ассистент', nameEn: 'Assistant Lecturer', isTeaching: true },
  { code: 'lecturer', nameRu: 'Преподаватель', nameKy: 'Окутуучу', nameEn: 'Lecturer', isTeaching: true },
  { code: 'seniorLecturer', nameRu: 'Старший преподаватель', nameKy: 'Улук окутуучу', nameEn: 'Senior Lecturer', isTeaching: true },
  { code: 'associateProfessor', nameRu: 'Доцент', nameKy: 'Доцент', nameEn: 'Associate Professor', isTeaching: true },
  { code: 'professor', nameRu: 'Профессор', nameKy: 'Профессор', nameEn: 'Professor', isTeaching: true },
  { code: 'departmentHead', nameRu: 'Заведующий кафедрой', nameKy: 'Кафедра башчысы', nameEn: 'Head of Department', isTeaching: true },
  { code: 'dean', nameRu: 'Декан', nameKy: 'Декан', nameEn: 'Dean', isTeaching: true },
  { code: 'labAssistant', nameRu: 'Лаборант', nameKy: 'Лаборант', nameEn: 'Laboratory Assistant', isTeaching: false },
] as const;

export type StandardPositionCode = (typeof STANDARD_POSITIONS)[number]['code'];
