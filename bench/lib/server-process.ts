import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../server/test/free-port.ts';

/** The product's server as a child process, the way `npm start` runs it, on its own port and data directory. */
export interface ServerProcess {
  baseUrl: string;
  logFile: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The last lines of the server's log, for a failure message. */
export function logTail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitHealthy(baseUrl: string, child: ChildProcess, deadline: number, logFile: string): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it answered:\n${logTail(logFile)}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer /api/health in time:\n${logTail(logFile)}`);
}

/**
 * Starts server/main.ts with `env` added (DATA_DIR, DATABASE_URL, DEMO_SIZE…) and waits until it
 * answers; its JSON log goes to a file, as a real deployment's would go somewhere.
 */
export async function startServer(repoRoot: string, dataDir: string, env: Record<string, string>, startupMs: number): Promise<ServerProcess> {
  const port = await freePort();
  const logFile = path.join(dataDir, 'server.log');
  const log = createWriteStream(logFile);
  // BENCH_SERVER_NODE_ARGS: flags for the server's node only (say `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it)
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, WEB_DIR: path.join(dataDir, 'no-web'), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    await waitHealthy(baseUrl, child, Date.now() + startupMs, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, logFile, child, stop };
}

/** What the server's log says it seeded on its empty database ({ users, units }), if it did. */
export function seededDemo(logFile: string): { users: number; units: number } | null {
  for (const text of readFileSync(logFile, 'utf8').split('\n')) {
    try {
      const entry = JSON.parse(text) as { msg?: string; users?: number; units?: number };
      if (entry.msg === 'demo university created' && entry.users !== undefined && entry.units !== undefined) return { users: entry.users, units: entry.units };
    } catch {
      // not a JSON line (the sign-in list the server prints): skip
    }
  }
  return null;
}

/** Signs in once (the sign-in is rate-limited per address) and returns the session cookie. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: HTTP ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) throw new Error('sign-in answered without a session cookie');
  return cookie;
}
