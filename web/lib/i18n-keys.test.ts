import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/access/permissions.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';
import { UNIT_KINDS } from '../../shared/modules/org/org.contracts.ts';
import {
  EXPEL_REASONS,
  FUNDINGS,
  GENDERS,
  LEAVE_KINDS,
  ORDER_KINDS,
  ORDER_STATUSES,
  PROGRAM_LEVELS,
  STUDENT_STATUSES,
  STUDY_FORMS,
} from '../../shared/modules/students/students.vocabulary.ts';
import { SETTING_KEYS, SETTINGS, settingLabelKey } from '../../shared/settings/catalog.ts';
import { PASSWORD_PROBLEMS } from '../modules/identity/components/password-problems.ts';
import { NAV_SECTIONS } from './abilities.ts';

const root = join(import.meta.dirname, '..', '..');
/** Every namespace (a file per module in shared/i18n/ru): every key in every language, none empty, every key the code names present. */
const NAMESPACES = readdirSync(join(root, 'shared', 'i18n', 'ru'))
  .filter((name) => name.endsWith('.json') && name !== 'errors.json')
  .map((name) => name.slice(0, -'.json'.length));
const NAMESPACE_PATTERN = NAMESPACES.map((ns) => ns.replace(/[-]/g, '\\-')).join('|');

type Tree = { [key: string]: string | Tree };

function load(lang: string, ns: string): Tree {
  return JSON.parse(readFileSync(join(root, 'shared', 'i18n', lang, `${ns}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const flat = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, Object.fromEntries(NAMESPACES.map((ns) => [ns, flatten(load(lang, ns))]))]),
) as Record<string, Record<string, Map<string, string>>>;

function has(ns: string, key: string): boolean {
  return LANGUAGES.every((lang) => (flat[lang]?.[ns]?.get(key) ?? '').trim() !== '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('web i18n', () => {
  it.each(NAMESPACES)('namespace %s has the same non-empty keys in ru, ky and en', (ns) => {
    const ru = [...(flat.ru?.[ns]?.keys() ?? [])].sort();
    expect(ru.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES) {
      const entries = flat[lang]?.[ns] ?? new Map<string, string>();
      expect([...entries.keys()].sort(), `${lang}/${ns}`).toEqual(ru);
      for (const [key, text] of entries) expect(text.trim(), `${lang}/${ns}:${key}`).not.toBe('');
    }
  });

  it('keeps the same {{placeholders}} in every language', () => {
    for (const ns of NAMESPACES) {
      for (const [key, text] of flat.ru?.[ns] ?? []) {
        const names = (value: string) => [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
        for (const lang of LANGUAGES) expect(names(flat[lang]?.[ns]?.get(key) ?? ''), `${lang}/${ns}:${key}`).toEqual(names(text));
      }
    }
  });

  it('names every role, unit kind, section, password rule, setting and setting group', () => {
    const missing = [
      ...ROLES.map((role) => ['common', `roles.${role}`]),
      ...UNIT_KINDS.map((kind) => ['common', `unitKinds.${kind}`]),
      ...NAV_SECTIONS.map((section) => ['common', `nav.${section}`]),
      ...PASSWORD_PROBLEMS.map((problem) => ['identity', `passwordRule.${problem}`]),
      ...SETTING_KEYS.map((key) => ['admin', `settings.${settingLabelKey(key)}`]),
      ...SETTING_KEYS.map((key) => ['admin', `settingsGroup.${SETTINGS[key].group}`]),
    ].filter(([ns, key]) => !has(ns ?? '', key ?? ''));
    expect(missing).toEqual([]);
  });

  it('names every value of the student-records vocabularies, and the verb and subject of every order kind', () => {
    const groups: [string, readonly string[]][] = [
      ['studyForm', STUDY_FORMS],
      ['funding', FUNDINGS],
      ['level', PROGRAM_LEVELS],
      ['status', [...STUDENT_STATUSES, 'notEnrolled']],
      ['orderKind', [...ORDER_KINDS, 'cancel']],
      ['orderVerb', [...ORDER_KINDS, 'cancel']],
      ['orderSubject', [...ORDER_KINDS, 'cancel']],
      ['orderStatus', ORDER_STATUSES],
      ['leaveKind', LEAVE_KINDS],
      ['expelReason', EXPEL_REASONS],
      ['gender', GENDERS],
      ['warning', ['birthDateMismatch', 'genderMismatch']],
    ];
    const missing = groups.flatMap(([group, values]) => values.map((value) => `${group}.${value}`)).filter((key) => !has('students', key));
    expect(missing).toEqual([]);
  });

  it('has every literal key the web code uses', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(root, 'web'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(new RegExp(`['"\`](${NAMESPACE_PATTERN}):([A-Za-z0-9_.]+)(['"\`])`, 'g'))) {
        const [, ns = '', key = '', quote] = match;
        if (quote === '`' && text.includes(`${ns}:${key}\${`)) continue;
        if (!has(ns, key)) missing.push(`${ns}:${key} (${file.slice(root.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
