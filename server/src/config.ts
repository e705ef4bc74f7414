import path from 'node:path';

/** Everything Berth reads from the environment, parsed once. Nothing else reads process.env. */
export interface Config {
  port: number;
  /** When set, Berth uses this PostgreSQL; otherwise it starts an embedded one. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  production: boolean;
  /** Seed the demo team and customers when the database has no users yet. */
  seedDemoData: boolean;
  /** Where the built dashboard lives; served at / when present. */
  webDistDir: string;
  sessionDays: number;
  /** How long an instance trusts a session it looked up before asking the database again (0: always ask). */
  sessionCacheMs: number;
  /** The team's IANA time zone: calendar days (birthdays, daily limits) are counted in it. */
  teamTimeZone: string;
  /** How often each instance offers to run the recycle sweep (one runs at a time across instances). */
  sweepSeconds: number;
  /** Region assumed for phone numbers typed without a country code (ISO 3166 alpha-2). */
  phoneRegion: string;
  logLevel: 'silent' | 'info' | 'debug';
  /**
   * Failed sign-ins allowed per account (normalised email) and per client address within a
   * window; past either, sign-in is refused (the right password too) until the window ends.
   * The address limit is looser so one office behind one NAT is not locked out by one person.
   */
  loginThrottle: { failuresPerAccount: number; failuresPerAddress: number; windowMinutes: number };
  /**
   * Express's 'trust proxy': which proxies may tell Berth the client's address and protocol
   * (X-Forwarded-For/-Proto). Off by default, so a client cannot claim HTTPS or another IP.
   */
  trustProxy: boolean | number | string;
  /**
   * Browser origins besides the server's own that may open the WebSocket (a dashboard served
   * from another host, or behind a proxy that rewrites Host). A browser sends its cookie on a
   * cross-site upgrade, so any other origin is refused.
   */
  allowedOrigins: string[];
  /** How long a new WebSocket may wait before sending connection_init; then it is closed. */
  wsInitTimeoutMs: number;
  /** Whether this instance runs background jobs (transfers); off for instances that only serve requests. */
  jobWorker: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: intFrom(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: path.resolve(env.BERTH_DATA_DIR?.trim() || '.data'),
    embeddedPgPort: intFrom(env, 'BERTH_PG_PORT', 54329, 1024, 65535),
    production,
    seedDemoData: (env.BERTH_SEED_DEMO ?? 'true') !== 'false',
    webDistDir: path.resolve(env.BERTH_WEB_DIST?.trim() || path.join(__dirname, '..', '..', 'web', 'dist')),
    sessionDays: intFrom(env, 'BERTH_SESSION_DAYS', 14, 1, 365),
    sessionCacheMs: intFrom(env, 'BERTH_SESSION_CACHE_MS', 1000, 0, 60_000),
    teamTimeZone: timeZoneFrom(env.BERTH_TIME_ZONE?.trim() || 'UTC'),
    sweepSeconds: intFrom(env, 'BERTH_SWEEP_SECONDS', 60, 1, 86_400),
    phoneRegion: phoneRegionFrom(env.BERTH_PHONE_REGION?.trim() || 'CN'),
    logLevel: logLevelFrom(env.BERTH_LOG_LEVEL),
    loginThrottle: {
      failuresPerAccount: intFrom(env, 'BERTH_LOGIN_FAILURES_PER_ACCOUNT', 5, 1, 1_000),
      failuresPerAddress: intFrom(env, 'BERTH_LOGIN_FAILURES_PER_ADDRESS', 20, 1, 100_000),
      windowMinutes: intFrom(env, 'BERTH_LOGIN_WINDOW_MINUTES', 15, 1, 1_440),
    },
    trustProxy: trustProxyFrom(env.BERTH_TRUST_PROXY),
    allowedOrigins: originsFrom(env.BERTH_ALLOWED_ORIGINS),
    wsInitTimeoutMs: intFrom(env, 'BERTH_WS_INIT_TIMEOUT_MS', 5_000, 100, 60_000),
    jobWorker: (env.BERTH_JOB_WORKER ?? 'true') !== 'false',
  };
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function timeZoneFrom(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    throw new ConfigError(`BERTH_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${zone}"`);
  }
}

function phoneRegionFrom(region: string): string {
  if (/^[A-Z]{2}$/.test(region)) return region;
  throw new ConfigError(`BERTH_PHONE_REGION must be a two-letter country code such as CN or US, got "${region}"`);
}

/** `false`, a number of proxy hops, or addresses/subnets (and Express's names such as `loopback`). */
function trustProxyFrom(raw: string | undefined): Config['trustProxy'] {
  const value = raw?.trim() || 'false';
  if (value === 'false') return false;
  // Trusting every hop makes the left-most X-Forwarded-For entry the client's address, and a
  // client writes that itself: it could dodge the per-address sign-in throttle at will.
  if (value === 'true') {
    throw new ConfigError('BERTH_TRUST_PROXY=true would let any client choose its own address; give the number of proxies in front of Berth (e.g. 1) or their addresses');
  }
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.every((entry) => /^(loopback|linklocal|uniquelocal|[0-9a-f:.]+(\/\d{1,3})?)$/i.test(entry))) return entries.join(',');
  throw new ConfigError(`BERTH_TRUST_PROXY must be false, a number of hops or addresses such as "loopback, 10.0.0.0/8", got "${value}"`);
}

/** Comma-separated http(s) origins, each as a browser sends it: scheme, host and port, no path. */
function originsFrom(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return entries.map((entry) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!url || !bare || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new ConfigError(`BERTH_ALLOWED_ORIGINS must list origins such as https://crm.example.com (no path), got "${entry}"`);
    }
    return url.origin;
  });
}

function logLevelFrom(raw: string | undefined): Config['logLevel'] {
  const value = raw?.trim() || 'info';
  if (value === 'silent' || value === 'info' || value === 'debug') return value;
  throw new ConfigError(`BERTH_LOG_LEVEL must be silent, info or debug, got "${value}"`);
}
