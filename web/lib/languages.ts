import type { Lang } from '../../shared/i18n/languages.ts';

/** The language switch's short names; the same in every language, so a user always finds their own. */
export const LANG_LABELS: Record<Lang, string> = { ru: 'Рус', ky: 'Кыр', en: 'Eng' };

/** Each language named in itself. */
export const LANGUAGE_NAMES: Record<Lang, string> = { ru: 'Русский', ky: 'Кыргызча', en: 'English' };
