/**
 * Name lists for the demo university: common Kyrgyz and Russian given names and surnames
 * (public facts of everyday naming, compiled by hand). Patronymics are built from fathers'
 * given names the way documents write them: Russian "-ович/-овна", Kyrgyz "уулу/кызы".
 */
export const KYRGYZ_MALE = ['Азамат', 'Бакыт', 'Нурлан', 'Эрлан', 'Темирлан', 'Айбек', 'Улан', 'Мирлан', 'Адилет', 'Бекзат', 'Нурсултан', 'Данияр', 'Жыргалбек', 'Эмир', 'Атай', 'Мээрбек', 'Тилек', 'Кубанычбек', 'Руслан', 'Элдияр'];
export const KYRGYZ_FEMALE = ['Айгерим', 'Айпери', 'Нургуль', 'Жылдыз', 'Бегимай', 'Асель', 'Айжан', 'Гулзат', 'Назира', 'Мээрим', 'Канышай', 'Айданек', 'Чолпон', 'Динара', 'Элнура', 'Акмарал', 'Сезим', 'Аруузат', 'Байтик', 'Нуриза'];
export const KYRGYZ_SURNAMES = ['Абдыкадыров', 'Асанов', 'Бакиров', 'Жумабаев', 'Исаков', 'Кадыров', 'Мамытов', 'Осмонов', 'Сыдыков', 'Токтогулов', 'Турдубаев', 'Усенов', 'Шаршеев', 'Эсенбеков', 'Жээнбеков', 'Акматов', 'Бейшеналиев', 'Кенжебаев', 'Молдокулов', 'Орозбеков', 'Садыков', 'Табалдиев', 'Чыныбаев', 'Алымкулов'];
export const RUSSIAN_MALE = ['Александр', 'Дмитрий', 'Максим', 'Сергей', 'Андрей', 'Алексей', 'Иван', 'Николай', 'Владимир', 'Михаил', 'Артём', 'Павел', 'Евгений', 'Олег', 'Виктор'];
export const RUSSIAN_FEMALE = ['Анна', 'Елена', 'Ольга', 'Наталья', 'Екатерина', 'Мария', 'Татьяна', 'Ирина', 'Светлана', 'Юлия', 'Дарья', 'Виктория', 'Ксения', 'Алина', 'Полина'];
export const RUSSIAN_SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов'];

/** The feminine form of a surname: Асанов → Асанова, Жумабаев → Жумабаева. */
export function feminineSurname(surname: string): string {
  return /(ов|ев|ёв|ин)$/.test(surname) ? `${surname}а` : surname;
}

/** A Russian patronymic from the father's given name. */
export function russianPatronymic(father: string, female: boolean): string {
  const special: Record<string, [string, string]> = {
    Николай: ['Николаевич', 'Николаевна'],
    Евгений: ['Евгеньевич', 'Евгеньевна'],
    Михаил: ['Михайлович', 'Михайловна'],
    Павел: ['Павлович', 'Павловна'],
    Артём: ['Артёмович', 'Артёмовна'],
    Сергей: ['Сергеевич', 'Сергеевна'],
    Андрей: ['Андреевич', 'Андреевна'],
    Алексей: ['Алексеевич', 'Алексеевна'],
    Дмитрий: ['Дмитриевич', 'Дмитриевна'],
  };
  const pair = special[father];
  if (pair) return female ? pair[1] : pair[0];
  return `${father}${female ? 'овна' : 'ович'}`;
}

/** A Kyrgyz patronymic: the father's name with уулу (son) or кызы (daughter). */
export function kyrgyzPatronymic(father: string, female: boolean): string {
  return `${father} ${female ? 'кызы' : 'уулу'}`;
}

/** Latin transliteration for usernames and e-mail (simplified national passport style). */
export function transliterate(text: string): string {
  const map: Record<string, string> = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', ң: 'ng',
    о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y',
    ь: '', э: 'e', ю: 'yu', я: 'ya',
  };
  return [...text.toLowerCase()].map((ch) => map[ch] ?? ch).join('');
}
