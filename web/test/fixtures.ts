import { vi } from 'vitest';
import { abilitiesOf } from '../../shared/access/can.ts';
import type { Role } from '../../shared/access/permissions.ts';
import type { MeDto } from '../../shared/modules/identity/identity.contracts.ts';

/** A signed-in user holding the given roles, with the abilities the server would send for them. */
export function meWithRoles(roles: Role[], overrides: Partial<MeDto['user']> = {}): MeDto {
  const grants = roles.map((role, index) => ({
    id: `00000000-0000-4000-8000-00000000000${index}`,
    role,
    scopeUnitId: null,
    scopeUnitName: null,
    scopeStudentId: null,
    scopeStudentName: null,
  }));
  return {
    user: {
      id: '00000000-0000-4000-8000-0000000000aa',
      username: 'tester',
      lastName: 'Тестова',
      firstName: 'Айгүл',
      patronymic: null,
      lang: 'ru',
      passwordChangedAt: null,
      ...overrides,
    },
    grants,
    abilities: abilitiesOf({ userId: 'u', grants }),
    csrfToken: 'csrf-token-1',
    university: { name: 'Тестовый университет', shortName: 'ТУ', timeZone: 'Asia/Bishkek' },
  };
}

/** A fetch answer as the API sends it. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function errorResponse(status: number, code: string, message: string, details?: unknown): Response {
  return jsonResponse(status, { error: { code, message, requestId: 'req-test-1', details } });
}

/** A request the web made, as the stubbed API saw it. */
export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: unknown;
  /** a multipart body (a file upload), as sent */
  form?: FormData | undefined;
}

/** Replaces fetch with an API that answers through `handler` and remembers every request. */
export function stubApi(handler: (request: SeenRequest) => Response): { requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  const fetchStub = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request: SeenRequest = {
      url,
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      credentials: init?.credentials,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      form: init?.body instanceof FormData ? init.body : undefined,
    };
    requests.push(request);
    return Promise.resolve(handler(request));
  };
  vi.stubGlobal('fetch', vi.fn(fetchStub));
  return { requests };
}
