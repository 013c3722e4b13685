import { currentLang, i18n } from './i18n.ts';

/** An error answered by the API (`{ error: { code, message, requestId, details } }`) or met on the way. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly details: unknown;

  constructor(init: { status: number; code: string; message: string; requestId?: string | null; details?: unknown }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.details = init.details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the session (from /api/auth/me or the sign-in answer). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** One page of a list, as every paged endpoint answers. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=x` from the defined, non-empty values (or '' when there are none). */
export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError({
      status: response.status,
      code: error.code,
      message: error.message,
      requestId: typeof error.requestId === 'string' ? error.requestId : null,
      details: error.details,
    });
  }
  return new ApiError({ status: response.status, code: 'UNEXPECTED', message: i18n.t('common:error.unexpected') });
}

/** Calls the API with the session cookie, the user's language and (on mutations) the CSRF token. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${path}${toQueryString(options.query ?? {})}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK', message: i18n.t('common:error.network') });
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body === undefined ? {} : { body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>('PUT', path, body === undefined ? {} : { body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body === undefined ? {} : { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

/** Sends a multipart form (a file upload) with the session cookie, the user's language and the CSRF token. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: i18n.t('common:error.network') });
  }
  if (!response.ok) throw await readError(response);
  return (await response.json()) as T;
}
