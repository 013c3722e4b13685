import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs; every request line carries its request id (see request-context). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'univer' }, redact: ['req.headers.cookie', 'password', 'newPassword', 'currentPassword'] });
}
