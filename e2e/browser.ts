import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { LANGUAGES, type Lang } from '../shared/i18n/languages.ts';

export const DEMO_PASSWORD = 'Demo-2026!';

/** Debian's chromium, headless, with nothing that reaches the network on its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** A fresh browser context (own cookies), phone-sized when asked. */
export async function newContext(browser: Browser, options: { phone?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: options.locale ?? 'ru-RU',
    viewport: options.phone ? { width: 360, height: 740 } : { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(15_000);
  return context;
}

// ---------------------------------------------------------------------------
// Texts: assertions read the real translations, so they follow the JSON files.

type Tree = { [key: string]: string | Tree };

const I18N_DIR = path.resolve(import.meta.dirname, '../shared/i18n');
const bundles = new Map<Lang, Record<string, Tree>>();

function bundle(lang: Lang): Record<string, Tree> {
  let found = bundles.get(lang);
  if (!found) {
    found = {};
    for (const file of readdirSync(path.join(I18N_DIR, lang)).filter((name) => name.endsWith('.json'))) {
      found[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(path.join(I18N_DIR, lang, file), 'utf8')) as Tree;
    }
    bundles.set(lang, found);
  }
  return found;
}

/** The translation of `namespace:dotted.key` in a language, with `{{name}}` placeholders filled. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [namespace, dotted] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: string | Tree | undefined = bundle(lang)[namespace];
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${lang}:${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The text before a placeholder, e.g. "Hello, " of "Hello, {{name}}". */
export function prefixOf(lang: Lang, key: string): string {
  return t(lang, key).split('{{')[0] ?? '';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression matching exactly one of the texts (whole string). */
export function exactly(...texts: string[]): RegExp {
  return new RegExp(`^\\s*(?:${texts.map(escapeRegExp).join('|')})\\s*$`);
}

/** A text in any of the three languages, exactly. */
export function inAnyLang(key: string): RegExp {
  return exactly(...LANGUAGES.map((lang) => t(lang, key)));
}

/** A form field's label, exactly one of the texts, with the required mark (" *") allowed: for getByLabel. */
export function label(...texts: string[]): RegExp {
  return new RegExp(`^\\s*(?:${texts.map(escapeRegExp).join('|')})(?:\\s*\\*)?\\s*$`);
}

// ---------------------------------------------------------------------------
// Browser steps.

/** Signs in through the sign-in page (in whatever language it shows) and waits for the cabinet. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, options: { waitFor?: 'cabinet' | 'none' } = {}): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: inAnyLang('common:signIn.username') }).fill(username);
  await page.getByLabel(label(...LANGUAGES.map((lang) => t(lang, 'common:signIn.password')))).fill(password);
  await page.getByRole('button', { name: inAnyLang('common:signIn.submit') }).click();
  if (options.waitFor !== 'none') await page.getByTestId('cabinet-heading').waitFor();
}

/** Signs out through the user menu and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

/** Picks a language with the header's (or sign-in page's) switch and waits until the server has remembered it, when signed in. */
export async function switchLanguage(page: Page, label: 'Рус' | 'Кыр' | 'Eng', options: { signedIn?: boolean } = { signedIn: true }): Promise<void> {
  const saved = options.signedIn === false ? null : page.waitForResponse((res) => res.url().endsWith('/api/auth/language') && res.request().method() === 'PUT');
  await page.getByTestId('lang-switch').getByText(label, { exact: true }).click();
  if (saved) {
    const response = await saved;
    if (!response.ok()) throw new Error(`saving the language answered ${response.status()}`);
  }
}

/** The width the page scrolls to, to check nothing overflows horizontally. */
export async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
}

// ---------------------------------------------------------------------------
// The API directly, for setting up data a journey needs but does not test.

export interface ApiSession {
  csrfToken: string;
  cookie: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Signs in over HTTP (no browser) and returns a small client with the session's cookie and CSRF token. */
export async function apiSignIn(username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const root = baseUrl();
  const res = await fetch(`${root}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} answered ${res.status}: ${await res.text()}`);
  const me = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  return {
    csrfToken: me.csrfToken,
    cookie,
    async call<T>(method: string, apiPath: string, body?: unknown): Promise<T> {
      const answer = await fetch(`${root}${apiPath}`, {
        method,
        headers: { cookie, 'x-csrf-token': me.csrfToken, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!answer.ok) throw new Error(`${method} ${apiPath} answered ${answer.status}: ${await answer.text()}`);
      return (answer.status === 204 ? undefined : await answer.json()) as T;
    },
  };
}

/** A name unique within one run, for accounts a journey creates. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toLowerCase();
}
