import path from 'node:path';

/** The server's configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dbPoolSize: number;
  /**
   * how long an idle keep-alive connection stays open, in seconds: longer than a proxy's or a load
   * balancer's own idle timeout (often 60 s), so the server never closes a connection as a client
   * sends its next request on it (Node's 5 s default did exactly that under load: ECONNRESET)
   */
  keepAliveSeconds: number;
  /** server processes sharing the port (node:cluster), one per core at most; more than one needs DATABASE_URL */
  workers: number;
  isProduction: boolean;
  /** secret for hashing session tokens; in production it must be set */
  secret: string;
  hasConfiguredSecret: boolean;
  /** cookies get the Secure flag (behind HTTPS) */
  secureCookies: boolean;
  /** X-Forwarded-For is trusted for the client address (behind a proxy) */
  trustProxy: boolean;
  seedDemo: boolean;
  demoSize: number;
  logLevel: string;
  webDir: string;
  bodyLimitBytes: number;
  /** the body limit of file imports (a 10,000-row table is a few MB), instead of bodyLimitBytes */
  importLimitBytes: number;
}

const DEV_SECRET = 'development-only-secret-do-not-use-in-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const isProduction = env.NODE_ENV === 'production';
  const publicUrl = env.PUBLIC_URL ?? '';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    dbPoolSize: Number(env.DB_POOL_SIZE ?? 10),
    keepAliveSeconds: Math.max(1, Number(env.HTTP_KEEP_ALIVE_SECONDS ?? 65) || 65),
    workers: Math.max(1, Math.floor(Number(env.SERVER_WORKERS ?? 1)) || 1),
    isProduction,
    secret: env.APP_SECRET ?? DEV_SECRET,
    hasConfiguredSecret: (env.APP_SECRET ?? '').length >= 32,
    secureCookies: env.COOKIE_SECURE === 'true' || publicUrl.startsWith('https://'),
    trustProxy: env.TRUST_PROXY === 'true',
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !isProduction,
    demoSize: Number(env.DEMO_SIZE ?? 1),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    webDir: path.resolve(env.WEB_DIR ?? './dist/web'),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1_048_576),
    importLimitBytes: Number(env.IMPORT_LIMIT_BYTES ?? 20 * 1_048_576),
  };
}
