import type { Config } from './config';

/** A tiny leveled logger: one line per message, no stack traces unless debugging. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  debug(message: string): void;
}

export function createLogger(level: Config['logLevel']): Logger {
  const on = (l: Config['logLevel']) => level !== 'silent' && (l !== 'debug' || level === 'debug');
  return {
    info: (m) => on('info') && console.log(m),
    warn: (m) => on('info') && console.warn(m),
    error: (m, e) => {
      if (level === 'silent') return;
      console.error(level === 'debug' && e instanceof Error ? `${m}\n${e.stack}` : m);
    },
    debug: (m) => on('debug') && console.log(m),
  };
}
