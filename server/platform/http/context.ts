import type { Grant } from '../../../shared/access/can.ts';
import type { Lang } from '../../../shared/i18n/languages.ts';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Logger } from '../logging/logger.ts';

/** The signed-in user making a request, with every role they hold. */
export interface Actor {
  userId: string;
  username: string;
  lang: Lang;
  grants: Grant[];
  sessionId: string;
  csrfToken: string;
}

/** Long-lived things the composition root hands to every request. */
export interface AppServices {
  database: Database;
  config: Config;
  logger: Logger;
  /** the clock; tests replace it */
  now: () => Date;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    lang: Lang;
    ip: string | null;
    userAgent: string | null;
    actor: Actor | null;
    services: AppServices;
    logger: Logger;
  };
}

/** What every use case receives: who acts, when, in which language, on which database. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  now: Date;
  requestId: string;
  lang: Lang;
  ip: string | null;
  userAgent: string | null;
  services: AppServices;
}

/** The same for use cases that run before anybody is signed in (sign-in itself). */
export type PublicContext = Omit<ServiceContext, 'actor'> & { actor: Actor | null };
