import i18next, { type i18n } from 'i18next';
import { LANGUAGES, type Lang } from '../../../shared/i18n/languages.ts';
import { loadResources } from './resources.ts';

let instance: i18n | undefined;

function getInstance(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    resources: loadResources(),
    lng: 'ru',
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: ['errors', 'settings'],
    defaultNS: 'errors',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** A message in the user's language: `key` is "namespace:path" or a path in `errors`. */
export function translate(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return getInstance().t(key, { ...params, lng: lang });
}
