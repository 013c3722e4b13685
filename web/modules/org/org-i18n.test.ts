import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { FACULTY_SUBTYPES } from '../../../shared/modules/org/org.contracts.ts';
import { PARENT_RELATIONS } from '../../../shared/modules/students/students.contracts.ts';

/** The namespaces of the structure and the card's photo and parents: every key in ru, ky and en, every key the code names. */
const NAMESPACES = ['org', 'students-card'] as const;
const root = join(import.meta.dirname, '..', '..', '..');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const load = (lang: string, ns: string) => flatten(JSON.parse(readFileSync(join(root, 'shared', 'i18n', lang, `${ns}.json`), 'utf8')) as Tree);
const has = (ns: string, key: string) => LANGUAGES.every((lang) => (load(lang, ns).get(key) ?? '').trim() !== '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('org and students-card i18n', () => {
  it.each(NAMESPACES)('%s has the same non-empty keys and placeholders in ru, ky and en', (ns) => {
    const ru = load('ru', ns);
    expect(ru.size).toBeGreaterThan(0);
    const names = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const lang of LANGUAGES) {
      const entries = load(lang, ns);
      expect([...entries.keys()].sort(), lang).toEqual([...ru.keys()].sort());
      for (const [key, text] of entries) {
        expect(text.trim(), `${lang}/${ns}:${key}`).not.toBe('');
        expect(names(text), `${lang}/${ns}:${key}`).toEqual(names(ru.get(key) ?? ''));
      }
    }
  });

  it('names every unit subtype and parent relation, and has every literal key the web code uses', () => {
    const missing = [...FACULTY_SUBTYPES.map((s) => ['org', `subtype.${s}`]), ...PARENT_RELATIONS.map((r) => ['students-card', `relation.${r}`])].filter(([ns, key]) => !has(ns!, key!));
    for (const file of sourceFiles(join(root, 'web'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"](org|students-card):([A-Za-z0-9_.]+)['"]/g)) {
        if (!has(match[1]!, match[2]!)) missing.push([match[1]!, `${match[2]} (${file.slice(root.length + 1)})`]);
      }
    }
    expect(missing).toEqual([]);
  });
});
