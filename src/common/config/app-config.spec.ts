import { ConfigError, loadConfig } from './app-config';

const secret = 'x'.repeat(32);

describe('loadConfig', () => {
  it('applies defaults for a development machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.jwt.generated).toBe(true);
    expect(config.jwt.secret).toHaveLength(64);
    expect(config.platformCommissionBps).toBe(1000);
    expect(config.http.corsOrigins).toBe(false);
    expect(config.mail).toEqual({
      smtpUrl: undefined,
      from: 'Hirfa <no-reply@hirfa.localhost>',
      pollSeconds: 2,
      maxAttempts: 8,
      retryDelaySeconds: 30,
    });
    expect(config.media).toMatchObject({ driver: 'disk', dir: '.data/media', maxUploadBytes: 15 * 1024 * 1024, maxPixels: 50_000_000 });
    expect(config.databaseTimeouts).toEqual({ connectMs: 5000, statementMs: 30000, idleInTransactionMs: 60000 });
  });

  it('reads the mail settings', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.example:465',
      MAIL_FROM: 'shop@hirfa.example',
      MAIL_POLL_MS: '500',
      MAIL_RETRY_DELAY_SECONDS: '0',
    });
    expect(config.mail).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example:465',
      from: 'shop@hirfa.example',
      pollSeconds: 0.5,
      retryDelaySeconds: 0,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.1, proxy.example' }, 'TRUST_PROXY'],
    [{ CORS_ORIGINS: 'example.com' }, 'CORS_ORIGINS'],
    [{ BODY_LIMIT: 'lots' }, 'BODY_LIMIT'],
    [{ STRIPE_API_PROTOCOL: 'ftp' }, 'STRIPE_API_PROTOCOL'],
    [{ PLATFORM_COMMISSION_BPS: '10001' }, 'PLATFORM_COMMISSION_BPS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'not an address' }, 'MAIL_FROM'],
    [{ MAIL_POLL_MS: '100' }, 'MAIL_POLL_MS'],
    [{ MAIL_MAX_ATTEMPTS: '0' }, 'MAIL_MAX_ATTEMPTS'],
    [{ STORAGE_DRIVER: 'ftp' }, 'STORAGE_DRIVER'],
    [{ STORAGE_DRIVER: 's3' }, 'S3_BUCKET'],
    [{ S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    [{ IMAGE_MAX_PIXELS: '10' }, 'IMAGE_MAX_PIXELS'],
    [{ DATABASE_CONNECT_TIMEOUT_MS: '0' }, 'DATABASE_CONNECT_TIMEOUT_MS'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '5s' }, 'DATABASE_STATEMENT_TIMEOUT_MS'],
    [{ IOSS_NUMBER: 'IM123' }, 'IOSS_NUMBER'],
    [{ UK_VAT_NUMBER: '123456789' }, 'UK_VAT_NUMBER'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['2', 2],
    ['loopback, 10.0.0.0/8, 2001:db8::1', ['loopback', '10.0.0.0/8', '2001:db8::1']],
  ])('reads TRUST_PROXY=%s as %j', (raw, expected) => {
    expect(loadConfig(raw === undefined ? {} : { TRUST_PROXY: raw }).http.trustProxy).toEqual(expected);
  });

  it('reads explicit values', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: secret,
      DATABASE_URL: 'postgres://u:p@db:5432/hirfa',
      CORS_ORIGINS: 'https://shop.example, http://localhost:5173',
      STRIPE_API_HOST: 'localhost',
      STRIPE_API_PORT: '12111',
      STRIPE_API_PROTOCOL: 'http',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '15000',
    });
    expect(config.databaseTimeouts).toEqual({ connectMs: 2000, statementMs: 0, idleInTransactionMs: 15000 });
    expect(config.jwt).toEqual({ secret, ttlSeconds: 3600, generated: false });
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/hirfa');
    expect(config.http.corsOrigins).toEqual(['https://shop.example', 'http://localhost:5173']);
    expect(config.stripe).toMatchObject({ apiHost: 'localhost', apiPort: 12111, apiProtocol: 'http' });
  });
});
