import { afterEach, describe, expect, it } from 'vitest';
import { stubApi } from '../test/fixtures.ts';
import { api, ApiError, setCsrfToken, toQueryString } from './api-client.ts';
import { i18n } from './i18n.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('api client', () => {
  afterEach(() => setCsrfToken(null));

  it('sends the CSRF token on mutations only, and the language on every request', async () => {
    setCsrfToken('token-9');
    await i18n.changeLanguage('ky');
    const stub = stubApi(() => json(200, { ok: true }));
    await api.get('/api/x', { q: 'a b', page: 2, role: undefined });
    await api.post('/api/y', { a: 1 });
    const [get, post] = stub.requests;
    expect(get?.url).toBe('/api/x?q=a+b&page=2');
    expect(get?.headers['X-CSRF-Token']).toBeUndefined();
    expect(get?.headers['Accept-Language']).toBe('ky');
    expect(post?.headers['X-CSRF-Token']).toBe('token-9');
    expect(post?.body).toEqual({ a: 1 });
    expect(post?.credentials).toBe('same-origin');
  });

  it('throws an ApiError with code, message, request id and details from an error body', async () => {
    stubApi(() =>
      json(400, { error: { code: 'PASSWORD_TOO_WEAK', message: 'Слабый', requestId: 'r-1', details: { problems: ['tooShort'] } } }),
    );
    const error = (await api.post('/api/auth/password', {}).catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'PASSWORD_TOO_WEAK',
      message: 'Слабый',
      requestId: 'r-1',
      details: { problems: ['tooShort'] },
    });
  });

  it('gives a translated message when the answer is not the API error shape', async () => {
    stubApi(() => new Response('<html>bad gateway</html>', { status: 502 }));
    const error = (await api.get('/api/x').catch((caught: unknown) => caught)) as ApiError;
    expect(error.code).toBe('UNEXPECTED');
    expect(error.message).toBe(i18n.t('common:error.unexpected'));
  });

  it('returns nothing for 204', async () => {
    stubApi(() => new Response(null, { status: 204 }));
    expect(await api.delete('/api/z')).toBeUndefined();
  });

  it('builds query strings without empty values', () => {
    expect(toQueryString({ a: '', b: null, c: undefined, d: 0, e: false })).toBe('?d=0&e=false');
    expect(toQueryString({})).toBe('');
  });
});
