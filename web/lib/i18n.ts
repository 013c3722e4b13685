import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from '../../shared/i18n/languages.ts';

/**
 * The web's i18next instance. Every namespace of every language is bundled from
 * shared/i18n/<lang>/<namespace>.json, so switching language never waits for the network.
 */
const files = import.meta.glob<Record<string, unknown>>('../../shared/i18n/*/*.json', { eager: true, import: 'default' });

const LANG_STORAGE_KEY = 'univer.lang';

function buildResources(): { resources: Resource; namespaces: string[] } {
  const resources: Resource = {};
  const namespaces = new Set<string>();
  for (const [path, content] of Object.entries(files)) {
    const match = /\/i18n\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang = '', ns = ''] = match;
    const bundle: ResourceLanguage = resources[lang] ?? {};
    bundle[ns] = content;
    resources[lang] = bundle;
    namespaces.add(ns);
  }
  return { resources, namespaces: [...namespaces].sort() };
}

/** The language chosen on this device before sign-in (or the default). */
export function storedLang(): Lang {
  try {
    const value = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // private mode or storage disabled: the choice simply is not remembered
  }
}

const { resources, namespaces } = buildResources();

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLang(),
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGUAGES],
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
  initAsync: false,
});

function markDocumentLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
markDocumentLanguage(i18n.language);
i18n.on('languageChanged', markDocumentLanguage);

/** The current language, always one of the supported ones. */
export function currentLang(): Lang {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}
