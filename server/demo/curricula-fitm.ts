import { bachelorPlan, use, x, type DemoPlan, type DemoRow } from './curricula-catalog.ts';

/** Plans of the Faculty of Information Technology and Mathematics: Applied Informatics (bachelor), Applied Mathematics and Informatics (master). */

const science = { cycle: 'science', dept: 'AM' } as const;

export const APPLIED_INFORMATICS: DemoPlan = bachelorPlan('CS', [
  x(1, 'CS-101', 'Программирование 1 (основы алгоритмизации)', 'Программалоо 1 (алгоритмдештирүүнүн негиздери)', 'Programming 1 (Fundamentals of Algorithms)', 5, 'lab', 'exam'),
  x(1, 'AM-101', 'Математический анализ 1', 'Математикалык анализ 1', 'Calculus 1', 5, 'math', 'exam', science),
  x(1, 'CS-102', 'Введение в информатику', 'Информатикага киришүү', 'Introduction to Computer Science', 5, 'lab', 'exam'),
  x(2, 'CS-201', 'Объектно-ориентированное программирование', 'Объектке багытталган программалоо', 'Object-Oriented Programming', 5, 'lab', 'exam', { pre: ['CS-101'] }),
  x(2, 'AM-201', 'Математический анализ 2', 'Математикалык анализ 2', 'Calculus 2', 5, 'math', 'exam', { ...science, pre: ['AM-101'] }),
  x(2, 'AM-202', 'Линейная алгебра и аналитическая геометрия', 'Сызыктуу алгебра жана аналитикалык геометрия', 'Linear Algebra and Analytic Geometry', 4, 'math', 'exam', science),
  x(3, 'CS-301', 'Алгоритмы и структуры данных', 'Алгоритмдер жана маалымат структуралары', 'Algorithms and Data Structures', 6, 'lab', 'exam', { pre: ['CS-201'] }),
  x(3, 'AM-301', 'Дискретная математика', 'Дискреттик математика', 'Discrete Mathematics', 5, 'math', 'exam', science),
  x(3, 'CS-302', 'Архитектура компьютера и операционные системы', 'Компьютердин архитектурасы жана операциялык системалар', 'Computer Architecture and Operating Systems', 5, 'lab', 'exam', { pre: ['CS-102'] }),
  x(3, 'AM-302', 'Теория вероятностей и математическая статистика', 'Ыктымалдуулуктар теориясы жана математикалык статистика', 'Probability Theory and Mathematical Statistics', 5, 'math', 'exam', { ...science, pre: ['AM-201'] }),
  x(3, 'CS-303', 'Веб-технологии', 'Веб-технологиялар', 'Web Technologies', 5, 'lab', 'differentiatedCredit', { pre: ['CS-101'] }),
  x(4, 'CS-401', 'Базы данных', 'Маалыматтар базасы', 'Databases', 6, 'lab', 'exam', { pre: ['CS-301'] }),
  x(4, 'CS-402', 'Компьютерные сети', 'Компьютердик тармактар', 'Computer Networks', 6, 'lab', 'exam', { pre: ['CS-302'] }),
  x(4, 'AM-401', 'Численные методы', 'Сандык методдор', 'Numerical Methods', 6, 'math', 'exam', { ...science, pre: ['AM-201', 'AM-202'] }),
  x(4, 'CS-403', 'Проектирование информационных систем', 'Маалыматтык системаларды долбоорлоо', 'Information Systems Design', 6, 'lab', 'exam', { pre: ['CS-201'] }),
  x(5, 'CS-501', 'Разработка веб-приложений', 'Веб-тиркемелерди иштеп чыгуу', 'Web Application Development', 5, 'lab', 'exam', { pre: ['CS-303', 'CS-401'] }),
  x(5, 'CS-502', 'Программная инженерия', 'Программалык инженерия', 'Software Engineering', 5, 'lab', 'exam', { pre: ['CS-403'] }),
  x(5, 'CS-503', 'Информационная безопасность', 'Маалыматтык коопсуздук', 'Information Security', 5, 'lecture', 'exam', { pre: ['CS-402'] }),
  x(5, 'CS-504', 'Системы искусственного интеллекта', 'Жасалма интеллект системалары', 'Artificial Intelligence Systems', 5, 'lab', 'exam', { pre: ['AM-302', 'CS-301'] }),
  x(5, 'CS-505', 'Курсовая работа по базам данных', 'Маалыматтар базасы боюнча курстук иш', 'Coursework in Databases', 5, 'coursework', 'coursework', { pre: ['CS-401'] }),
  x(5, 'CS-E51', 'Разработка мобильных приложений', 'Мобилдик тиркемелерди иштеп чыгуу', 'Mobile Application Development', 5, 'lab', 'exam', { group: 'E5', pre: ['CS-201'], lang: ['ru', 'en'] }),
  x(5, 'CS-E52', 'Python для анализа данных', 'Маалыматтарды талдоо үчүн Python', 'Python for Data Analysis', 5, 'lab', 'exam', { group: 'E5', pre: ['CS-101'], lang: ['ru', 'en'] }),
  x(5, 'CS-E53', 'Компьютерная графика', 'Компьютердик графика', 'Computer Graphics', 5, 'lab', 'exam', { group: 'E5', pre: ['AM-202'] }),
  x(6, 'CS-601', 'Машинное обучение', 'Машиналык окутуу', 'Machine Learning', 5, 'lab', 'exam', { pre: ['CS-504'] }),
  x(6, 'CS-602', 'Облачные технологии и DevOps', 'Булуттук технологиялар жана DevOps', 'Cloud Technologies and DevOps', 5, 'lab', 'exam', { pre: ['CS-402'] }),
  x(6, 'CS-603', 'Тестирование программного обеспечения', 'Программалык камсыздоону тестирлөө', 'Software Testing', 5, 'lab', 'differentiatedCredit', { pre: ['CS-502'] }),
  x(6, 'CS-604', 'Экономика и управление IT-проектами', 'IT-долбоорлордун экономикасы жана башкаруу', 'IT Project Economics and Management', 4, 'lecture', 'exam'),
  x(6, 'CS-E61', 'Интернет вещей', 'Буюмдар интернети', 'Internet of Things', 5, 'lab', 'exam', { group: 'E6', pre: ['CS-402'] }),
  x(6, 'CS-E62', 'Администрирование баз данных', 'Маалыматтар базасын администрлөө', 'Database Administration', 5, 'lab', 'exam', { group: 'E6', pre: ['CS-401'] }),
  x(7, 'CS-701', 'Распределённые системы', 'Бөлүштүрүлгөн системалар', 'Distributed Systems', 6, 'lab', 'exam', { pre: ['CS-602'] }),
  x(7, 'CS-702', 'Анализ и визуализация данных', 'Маалыматтарды талдоо жана визуалдаштыруу', 'Data Analysis and Visualisation', 6, 'lab', 'exam', { pre: ['CS-601'] }),
  x(7, 'CS-703', 'Человеко-компьютерное взаимодействие', 'Адам менен компьютердин өз ара аракеттенүүсү', 'Human–Computer Interaction', 5, 'lecture', 'differentiatedCredit'),
  x(7, 'CS-E71', 'Компьютерное зрение', 'Компьютердик көрүү', 'Computer Vision', 5, 'lab', 'exam', { group: 'E7A', pre: ['CS-601'], lang: ['ru', 'en'] }),
  x(7, 'CS-E72', 'Обработка естественного языка', 'Табигый тилди иштетүү', 'Natural Language Processing', 5, 'lab', 'exam', { group: 'E7A', pre: ['CS-601'], lang: ['ru', 'en'] }),
  x(7, 'CS-E73', 'Блокчейн-технологии', 'Блокчейн технологиялары', 'Blockchain Technologies', 4, 'lab', 'differentiatedCredit', { group: 'E7B' }),
  x(7, 'CS-E74', 'Разработка компьютерных игр', 'Компьютердик оюндарды иштеп чыгуу', 'Game Development', 4, 'lab', 'differentiatedCredit', { group: 'E7B', pre: ['CS-201'] }),
  x(7, 'CS-E75', 'Электронная коммерция', 'Электрондук коммерция', 'E-Commerce', 4, 'lecture', 'differentiatedCredit', { group: 'E7B' }),
  x(8, 'CS-801', 'Правовые основы IT и интеллектуальная собственность', 'IT чөйрөсүнүн укуктук негиздери жана интеллектуалдык менчик', 'IT Law and Intellectual Property', 4, 'lecture', 'credit'),
  x(8, 'CS-802', 'Семинар по подготовке выпускной работы', 'Бүтүрүү ишин даярдоо семинары', 'Thesis Preparation Seminar', 4, 'seminar', 'differentiatedCredit'),
  x(8, 'CS-E81', 'Безопасность веб-приложений', 'Веб-тиркемелердин коопсуздугу', 'Web Application Security', 4, 'lab', 'exam', { group: 'E8', pre: ['CS-503'] }),
  x(8, 'CS-E82', 'Микросервисная архитектура', 'Микросервистик архитектура', 'Microservice Architecture', 4, 'lab', 'exam', { group: 'E8', pre: ['CS-701'] }),
]);

/** A fourth elective of group E5, added to the catalog later: the 2025 working plan offers it from its second version. */
export const APPLIED_INFORMATICS_NEW_ELECTIVE: DemoRow = x(5, 'CS-E54', 'Введение в квантовые вычисления', 'Кванттык эсептөөлөргө киришүү', 'Introduction to Quantum Computing', 5, 'lab', 'exam', { group: 'E5', pre: ['AM-202'], lang: ['ru', 'en'] });

const state = { cycle: 'humanities', component: 'state' } as const;

/** The master's program: 4 semesters of 30 credits; the last is the pre-diploma practice and the thesis defence. */
export const APPLIED_MATHEMATICS_MASTER: DemoPlan = {
  department: 'AM',
  semesters: 4,
  rows: [
    x(1, 'AM-M11', 'История и философия науки', 'Илимдин тарыхы жана философиясы', 'History and Philosophy of Science', 4, 'lecture', 'exam', state),
    x(1, 'AM-M12', 'Иностранный язык в профессиональной сфере', 'Кесиптик чөйрөдөгү чет тили', 'Foreign Language for Professional Purposes', 4, 'language', 'exam', { ...state, dept: 'RF', lang: ['en'] }),
    x(1, 'AM-M13', 'Современные проблемы прикладной математики', 'Колдонмо математиканын азыркы көйгөйлөрү', 'Current Problems of Applied Mathematics', 6, 'lecture', 'exam'),
    x(1, 'AM-M14', 'Математическое моделирование и вычислительный эксперимент', 'Математикалык моделдөө жана эсептөө эксперименти', 'Mathematical Modelling and Computational Experiment', 6, 'math', 'exam'),
    x(1, 'AM-M15', 'Методология научных исследований', 'Илимий изилдөөлөрдүн методологиясы', 'Research Methodology', 4, 'seminar', 'credit'),
    x(1, 'AM-ME11', 'Теория оптимального управления', 'Оптималдуу башкаруу теориясы', 'Optimal Control Theory', 6, 'math', 'exam', { group: 'E1' }),
    x(1, 'AM-ME12', 'Случайные процессы', 'Кокустук процесстер', 'Stochastic Processes', 6, 'math', 'exam', { group: 'E1' }),
    x(2, 'AM-M21', 'Педагогика и психология высшей школы', 'Жогорку мектептин педагогикасы жана психологиясы', 'Higher Education Pedagogy and Psychology', 4, 'lecture', 'exam', state),
    x(2, 'AM-M22', 'Машинное обучение и анализ данных', 'Машиналык окутуу жана маалыматтарды талдоо', 'Machine Learning and Data Analysis', 6, 'lab', 'exam', { pre: ['AM-M14'], lang: ['ru', 'en'] }),
    x(2, 'AM-M23', 'Параллельные и распределённые вычисления', 'Параллелдүү жана бөлүштүрүлгөн эсептөөлөр', 'Parallel and Distributed Computing', 6, 'lab', 'exam', { pre: ['AM-M14'] }),
    x(2, 'AM-ME21', 'Анализ больших данных', 'Чоң маалыматтарды талдоо', 'Big Data Analytics', 5, 'lab', 'exam', { group: 'E2', lang: ['ru', 'en'] }),
    x(2, 'AM-ME22', 'Криптография', 'Криптография', 'Cryptography', 5, 'math', 'exam', { group: 'E2' }),
    x(3, 'AM-M31', 'Глубокое обучение', 'Терең окутуу', 'Deep Learning', 6, 'lab', 'exam', { pre: ['AM-M22'], lang: ['ru', 'en'] }),
    x(3, 'AM-M32', 'Методы оптимизации', 'Оптималдаштыруу методдору', 'Optimisation Methods', 5, 'math', 'exam', { pre: ['AM-M13'] }),
    x(3, 'AM-M33', 'Моделирование сложных систем', 'Татаал системаларды моделдөө', 'Modelling of Complex Systems', 5, 'math', 'exam', { pre: ['AM-M14'] }),
    x(3, 'AM-M34', 'Научно-исследовательский семинар', 'Илимий-изилдөө семинары', 'Research Seminar', 4, 'seminar', 'differentiatedCredit', { pre: ['AM-M15'] }),
    x(3, 'AM-ME31', 'Вычислительная гидродинамика', 'Эсептөө гидродинамикасы', 'Computational Fluid Dynamics', 5, 'math', 'exam', { group: 'E3' }),
    x(3, 'AM-ME32', 'Математическая экономика', 'Математикалык экономика', 'Mathematical Economics', 5, 'math', 'exam', { group: 'E3' }),
    x(3, 'AM-ME33', 'Теория графов и сетевой анализ', 'Графтар теориясы жана тармактык талдоо', 'Graph Theory and Network Analysis', 5, 'math', 'exam', { group: 'E3' }),
  ],
  electiveGroups: [{ key: 'E1', choose: 1 }, { key: 'E2', choose: 1 }, { key: 'E3', choose: 1 }],
  practices: [
    { kind: 'research', credits: 6, semester: 2 },
    { kind: 'teaching', credits: 3, semester: 2 },
    { kind: 'research', credits: 5, semester: 3 },
    { kind: 'preDiploma', credits: 12, semester: 4 },
  ],
  // a master's final attestation (seed 003 §12.2): a comprehensive exam and the dissertation defence
  attestation: [
    { form: 'complexExam', credits: 6 },
    { form: 'dissertationDefense', credits: 12 },
  ],
};

/** Shared with the Faculty of Economics: mathematics and information technology for economists. */
export const FOR_ECONOMISTS: DemoRow[] = [
  x(1, 'AM-103', 'Высшая математика для экономистов 1', 'Экономисттер үчүн жогорку математика 1', 'Mathematics for Economists 1', 5, 'math', 'exam', science),
  x(1, 'CS-104', 'Информационные технологии в экономике и управлении', 'Экономикада жана башкарууда маалыматтык технологиялар', 'Information Technology in Economics and Management', 5, 'lab', 'differentiatedCredit', { dept: 'CS' }),
  x(2, 'AM-203', 'Высшая математика для экономистов 2', 'Экономисттер үчүн жогорку математика 2', 'Mathematics for Economists 2', 5, 'math', 'exam', { ...science, pre: ['AM-103'] }),
];

export const useForEconomists = (): DemoRow[] => [use(1, 'AM-103', { cycle: 'science' }), use(1, 'CS-104'), use(2, 'AM-203', { cycle: 'science' })];
