import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/permissions.ts';
import { ERROR_CODES } from '../errors.ts';
import { SETTING_KEYS, settingLabelKey } from '../settings/catalog.ts';
import { LANGUAGES } from './languages.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function load(lang: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(path.join(root, lang)).filter((f) => f.endsWith('.json'))) {
    const ns = file.slice(0, -5);
    for (const [k, v] of flatten(JSON.parse(readFileSync(path.join(root, lang, file), 'utf8')) as Tree)) all.set(`${ns}:${k}`, v);
  }
  return all;
}

const byLang = Object.fromEntries(LANGUAGES.map((lang) => [lang, load(lang)]));
const allKeys = new Set(LANGUAGES.flatMap((lang) => [...byLang[lang]!.keys()]));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it.each(LANGUAGES)('%s has every key of every language, none empty', (lang) => {
    const mine = byLang[lang]!;
    const missing = [...allKeys].filter((key) => !mine.has(key) || mine.get(key)!.trim() === '');
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const mismatched = [...allKeys].filter((key) => {
      const ru = placeholders(byLang.ru!.get(key) ?? '');
      return LANGUAGES.some((lang) => JSON.stringify(placeholders(byLang[lang]!.get(key) ?? '')) !== JSON.stringify(ru));
    });
    expect(mismatched).toEqual([]);
  });

  it('has a message for every error code', () => {
    expect(ERROR_CODES.filter((code) => !allKeys.has(`errors:${code}`))).toEqual([]);
  });

  it('names every role and every setting', () => {
    expect(ROLES.filter((role) => !allKeys.has(`common:roles.${role}`))).toEqual([]);
    expect(SETTING_KEYS.filter((key) => !allKeys.has(`admin:settings.${settingLabelKey(key)}`))).toEqual([]);
  });
});
