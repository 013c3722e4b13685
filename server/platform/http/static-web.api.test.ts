import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  const web = mkdtempSync(path.join(os.tmpdir(), 'univer-web-'));
  mkdirSync(path.join(web, 'assets'));
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(web, 'assets', 'app-1.js'), 'console.log(1)');
  writeFileSync(path.join(web, 'favicon.svg'), '<svg/>');
  t = await createTestApp({ WEB_DIR: web });
});
afterAll(() => t.close());

describe('the web app', () => {
  it('answers index.html for the root and for every app route', async () => {
    for (const url of ['/', '/admin/users', '/people/123']) {
      const res = await t.app.request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('<title>app</title>');
    }
  });

  it('serves built files, hashed assets cached for good', async () => {
    const asset = await t.app.request('/assets/app-1.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await t.app.request('/favicon.svg')).status).toBe(200);
    expect((await t.app.request('/assets/missing-2.js')).status).toBe(404);
  });
});
