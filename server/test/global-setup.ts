import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPglite, openDatabase } from '../platform/db/client.ts';

/** One template per run, so two runs on the same server (two checkouts, CI beside a session) never share one. */
const TEMPLATE_DB = `univer_test_template_${randomBytes(4).toString('hex')}`;

async function onServer(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Migrates one template database per run; each test file then starts from a copy of it. */
export default async function setup(project: TestProject) {
  if (project.config.env?.TEST_DB_KIND === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB_KIND=postgres needs TEST_DATABASE_URL');
    await onServer(url, `create database ${TEMPLATE_DB}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${TEMPLATE_DB}`;
    const database = await openDatabase({ url: templateUrl.toString(), poolSize: 1 });
    await database.migrate();
    await database.close();
    project.provide('templateUrl', templateUrl.toString());
    return () => onServer(url, `drop database if exists ${TEMPLATE_DB} with (force)`);
  }
  const pglite = await createPglite();
  const database = await openDatabase({ pglite });
  await database.migrate();
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'univer-test-')), 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('templateFile', file);
  return () => rmSync(path.dirname(file), { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateFile: string;
    templateUrl: string;
  }
}
