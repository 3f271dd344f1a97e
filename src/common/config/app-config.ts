import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseTimeouts } from '../database/data-source-options';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Unset means: start an embedded PostgreSQL under embeddedPg.dataDir. */
  databaseUrl?: string;
  databasePoolSize: number;
  databaseTimeouts: DatabaseTimeouts;
  embeddedPg: { dataDir: string; port: number };
  jwt: { secret: string; ttlSeconds: number; generated: boolean };
  /** Failed logins counted per account from one IP and per IP; past the limit, waits double. */
  login: {
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
    windowSeconds: number;
    backoffBaseSeconds: number;
    backoffMaxSeconds: number;
  };
  /** Express `trust proxy`: false, a hop count, or the addresses and subnets of trusted proxies. */
  http: { corsOrigins: string[] | '*' | false; bodyLimit: string; trustProxy: TrustProxy };
  /** Anonymous catalog answers kept in process (src/common/http/response-cache.ts); 0 entries turns it off. */
  responseCache: { entries: number; bytes: number; maxAgeMs: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Unset: readable lines in development at a terminal, JSON lines otherwise. */
  logFormat?: 'json' | 'pretty';
  publicBaseUrl: string;
  platformCommissionBps: number;
  orderTtlMinutes: number;
  /** What one buyer may hold unpaid at once: orders, and units of any one product across them. */
  unpaidLimits: { ordersPerBuyer: number; unitsPerProduct: number };
  /** How long a bank-transfer order holds its stock: transfers take days, not minutes. */
  bankTransferHoldDays: number;
  /** How often this instance expires unpaid orders; 0 turns the job off (tests run it by hand). */
  orderExpiryIntervalSeconds: number;
  /** Outgoing mail: without an SMTP URL messages are rendered and kept in the outbox, not sent. */
  mail: {
    smtpUrl?: string;
    from: string;
    /** Seconds between a delivery worker's polls of the queue (at least 0.5). */
    pollSeconds: number;
    /** Delivery attempts before a message is dead-lettered. */
    maxAttempts: number;
    /** First retry delay in seconds, doubled on each further attempt; 0 retries at the next poll. */
    retryDelaySeconds: number;
  };
  media: MediaConfig;
  /** Hirfa's registrations as the deemed supplier that collects import VAT at checkout; printed on invoices. */
  taxRegistrations: { iossNumber?: string; ukVatNumber?: string };
  stripe: {
    secretKey?: string;
    webhookSecret?: string;
    apiHost?: string;
    apiPort?: number;
    apiProtocol?: 'http' | 'https';
  };
}

export type TrustProxy = false | number | string[];

export interface MediaConfig {
  /** Where image files live: this machine's disk, or an S3-compatible bucket several instances share. */
  driver: 'disk' | 's3';
  /** The disk driver's folder. */
  dir: string;
  /** Where uploads are written while a request checks and stores them; emptied as each request ends. */
  uploadDir: string;
  /** Base URL of the files when a CDN or the bucket serves them; unset: this app at /media. */
  publicUrl?: string;
  s3: {
    endpoint?: string;
    bucket?: string;
    region: string;
    accessKeyId?: string;
    secretAccessKey?: string;
    forcePathStyle: boolean;
  };
  maxUploadBytes: number;
  /** Decoded pixels an upload may have (width × height): a small file may decode to gigabytes. */
  maxPixels: number;
  /** How often this instance looks for images to process; 0 leaves it to the uploads' own start. */
  jobIntervalSeconds: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = str(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}`);
  }
  return raw;
}

/** `MAIL_FROM` as a bare address or `Name <address>`. */
function mailFrom(env: Env): string {
  const raw = str(env, 'MAIL_FROM') ?? 'Hirfa <no-reply@hirfa.localhost>';
  if (!/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(raw)) {
    throw new ConfigError('MAIL_FROM', 'must be an address or "Name <address>"');
  }
  return raw;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * `true` is refused: Express would then take the left-most X-Forwarded-For address, which any
 * client can write, so login throttling per IP would be bypassed.
 */
function trustProxy(env: Env): TrustProxy {
  const raw = str(env, 'TRUST_PROXY');
  if (raw === undefined || ['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) return int(env, 'TRUST_PROXY', 0, 0, 32);
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const cidr = bits === undefined || (rest.length === 0 && /^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 6 ? 128 : 32));
    if (!(PROXY_NAMES.includes(entry) || (isIP(address) !== 0 && cidr))) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be false, a hop count or a list of proxy addresses, subnets or ${PROXY_NAMES.join('/')}, got "${entry}"`,
      );
    }
  }
  return entries;
}

/**
 * Reads and validates configuration from environment variables. Pure apart from generating a
 * throw-away JWT secret outside production, so that `npm start` works on a fresh machine.
 */
export function loadConfig(env: Env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');

  let jwtSecret = str(env, 'JWT_SECRET');
  let generated = false;
  if (jwtSecret === undefined) {
    if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'is required in production');
    jwtSecret = randomBytes(32).toString('hex');
    generated = true;
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }

  const cors = str(env, 'CORS_ORIGINS');
  let corsOrigins: AppConfig['http']['corsOrigins'] = false;
  if (cors === '*') corsOrigins = '*';
  else if (cors !== undefined) {
    corsOrigins = cors.split(',').map((origin) => origin.trim());
    for (const origin of corsOrigins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
        throw new ConfigError('CORS_ORIGINS', `has an invalid origin "${origin}" (expected scheme://host[:port])`);
      }
    }
  }

  const bodyLimit = str(env, 'BODY_LIMIT') ?? '100kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError('BODY_LIMIT', 'must look like 100kb or 1mb');

  const port = int(env, 'PORT', 3000, 0, 65535);
  const stripePort = str(env, 'STRIPE_API_PORT') === undefined ? undefined : int(env, 'STRIPE_API_PORT', 0, 1, 65535);
  const stripeProtocol =
    str(env, 'STRIPE_API_PROTOCOL') === undefined ? undefined : oneOf(env, 'STRIPE_API_PROTOCOL', ['http', 'https'] as const, 'https');

  const storageDriver = oneOf(env, 'STORAGE_DRIVER', ['disk', 's3'] as const, 'disk');
  const s3Endpoint = url(env, 'S3_ENDPOINT', ['http:', 'https:']);
  if (storageDriver === 's3' && str(env, 'S3_BUCKET') === undefined)
    throw new ConfigError('S3_BUCKET', 'is required when STORAGE_DRIVER=s3');
  const iossNumber = str(env, 'IOSS_NUMBER');
  if (iossNumber !== undefined && !/^IM\d{10}$/.test(iossNumber))
    throw new ConfigError('IOSS_NUMBER', 'must look like IM2500000001 (IM, then 10 digits)');
  const ukVatNumber = str(env, 'UK_VAT_NUMBER');
  if (ukVatNumber !== undefined && !/^GB(\d{9}|\d{12})$/.test(ukVatNumber))
    throw new ConfigError('UK_VAT_NUMBER', 'must look like GB123456789');

  return {
    nodeEnv,
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    databaseTimeouts: {
      connectMs: int(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
      statementMs: int(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 0, 86_400_000),
      idleInTransactionMs: int(env, 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 0, 86_400_000),
    },
    embeddedPg: {
      dataDir: str(env, 'EMBEDDED_PG_DIR') ?? '.data/pg',
      port: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    },
    jwt: { secret: jwtSecret, ttlSeconds: int(env, 'JWT_TTL_SECONDS', 3600, 60, 86400 * 30), generated },
    login: {
      maxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
      maxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 20, 1, 100000),
      windowSeconds: int(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86400),
      backoffBaseSeconds: int(env, 'LOGIN_BACKOFF_BASE_SECONDS', 2, 1, 3600),
      backoffMaxSeconds: int(env, 'LOGIN_BACKOFF_MAX_SECONDS', 900, 1, 86400),
    },
    http: { corsOrigins, bodyLimit, trustProxy: trustProxy(env) },
    responseCache: {
      entries: int(env, 'RESPONSE_CACHE_ENTRIES', 5000, 0, 1_000_000),
      bytes: int(env, 'RESPONSE_CACHE_MB', 64, 1, 65_536) * 1024 * 1024,
      maxAgeMs: int(env, 'RESPONSE_CACHE_MAX_AGE_MS', 5000, 1, 3_600_000),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    logFormat: str(env, 'LOG_FORMAT') === undefined ? undefined : oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, 'json'),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`,
    platformCommissionBps: int(env, 'PLATFORM_COMMISSION_BPS', 1000, 0, 10000),
    orderTtlMinutes: int(env, 'ORDER_TTL_MINUTES', 30, 1, 7 * 24 * 60),
    unpaidLimits: {
      ordersPerBuyer: int(env, 'MAX_UNPAID_ORDERS_PER_BUYER', 5, 1, 100_000),
      unitsPerProduct: int(env, 'MAX_UNPAID_UNITS_PER_PRODUCT', 200, 1, 10_000_000),
    },
    bankTransferHoldDays: int(env, 'BANK_TRANSFER_HOLD_DAYS', 7, 1, 60),
    orderExpiryIntervalSeconds: int(env, 'ORDER_EXPIRY_INTERVAL_SECONDS', 60, 0, 86400),
    mail: {
      smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
      from: mailFrom(env),
      pollSeconds: int(env, 'MAIL_POLL_MS', 2000, 500, 3_600_000) / 1000,
      maxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 50),
      retryDelaySeconds: int(env, 'MAIL_RETRY_DELAY_SECONDS', 30, 0, 86400),
    },
    media: {
      driver: storageDriver,
      dir: str(env, 'MEDIA_DIR') ?? '.data/media',
      uploadDir: str(env, 'MEDIA_UPLOAD_DIR') ?? join(tmpdir(), 'hirfa-uploads'),
      publicUrl: url(env, 'MEDIA_PUBLIC_URL', ['http:', 'https:'])?.replace(/\/+$/, ''),
      s3: {
        endpoint: s3Endpoint,
        bucket: str(env, 'S3_BUCKET'),
        region: str(env, 'S3_REGION') ?? 'us-east-1',
        accessKeyId: str(env, 'S3_ACCESS_KEY_ID'),
        secretAccessKey: str(env, 'S3_SECRET_ACCESS_KEY'),
        // MinIO and most self-hosted servers want bucket-in-path URLs; AWS itself does not.
        forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', s3Endpoint !== undefined),
      },
      maxUploadBytes: int(env, 'IMAGE_MAX_BYTES', 15 * 1024 * 1024, 1024, 200 * 1024 * 1024),
      maxPixels: int(env, 'IMAGE_MAX_PIXELS', 50_000_000, 10_000, 500_000_000),
      jobIntervalSeconds: int(env, 'IMAGE_JOB_INTERVAL_SECONDS', 5, 0, 3600),
    },
    taxRegistrations: { iossNumber, ukVatNumber },
    stripe: {
      secretKey: str(env, 'STRIPE_SECRET_KEY'),
      webhookSecret: str(env, 'STRIPE_WEBHOOK_SECRET'),
      apiHost: str(env, 'STRIPE_API_HOST'),
      apiPort: stripePort,
      apiProtocol: stripeProtocol,
    },
  };
}
