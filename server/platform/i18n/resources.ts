import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';

export const I18N_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/i18n');

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Every namespace of every language, from shared/i18n/<lang>/<namespace>.json. */
export function loadResources(): Resources {
  const resources: Resources = {};
  for (const lang of LANGUAGES) {
    resources[lang] = {};
    for (const file of readdirSync(path.join(I18N_DIR, lang)).filter((f) => f.endsWith('.json'))) {
      resources[lang][file.slice(0, -5)] = JSON.parse(readFileSync(path.join(I18N_DIR, lang, file), 'utf8')) as Record<string, unknown>;
    }
  }
  return resources;
}
