import type { TestApp } from './test-app.ts';

export const TEST_PASSWORD = 'Test-Passw0rd!';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  userId: string;
  csrfToken: string;
  cookie: string;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  send<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
}

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

async function parse(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  return { status: res.status, body: parseBody(text), headers: res.headers };
}

/** A request without a session. */
export async function call(t: TestApp, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<any>> {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return parse(await t.app.request(path, init));
}

/** Signs in through the API and returns a client that sends the cookie and the CSRF token. */
export async function loginAs(t: TestApp, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await t.app.request('/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const me = (await res.json()) as { user: { id: string }; csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const client: Client = {
    userId: me.user.id,
    csrfToken: me.csrfToken,
    cookie,
    get: async (path, headers = {}) => parse(await t.app.request(path, { headers: { cookie, ...headers } })) as never,
    send: async (method, path, body, headers = {}) => {
      const init: RequestInit = { method, headers: { cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json', ...headers } };
      if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
      return parse(await t.app.request(path, init)) as never;
    },
  };
  return client;
}
