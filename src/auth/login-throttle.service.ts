import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';

export interface ThrottleKeys {
  account: string;
  ip: string;
}

/** Fixed-window limit on failed logins, per account and per client IP, shared by all instances. */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private keys(keys: ThrottleKeys): { key: string; max: number }[] {
    return [
      { key: `account:${keys.account}`, max: this.config.login.maxFailuresPerAccount },
      { key: `ip:${keys.ip}`, max: this.config.login.maxFailuresPerIp },
    ];
  }

  /** Throws 429 when either key has used up its failures in the current window. */
  async assertAllowed(keys: ThrottleKeys): Promise<void> {
    const limits = this.keys(keys);
    const rows: { key: string; failures: number; retry_after: number }[] = await this.dataSource.query(
      `SELECT key, failures,
              ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry_after
         FROM login_throttles
        WHERE key = ANY($1) AND window_started_at > now() - make_interval(secs => $2)`,
      [limits.map((l) => l.key), this.config.login.windowSeconds],
    );
    for (const row of rows) {
      const limit = limits.find((l) => l.key === row.key);
      if (limit && row.failures >= limit.max) {
        throw new DomainError('TOO_MANY_REQUESTS', 'Too many failed sign-in attempts; try again later', {
          retryAfterSeconds: Math.max(1, row.retry_after),
        });
      }
    }
  }

  async recordFailure(keys: ThrottleKeys): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttles (key, failures, window_started_at)
       SELECT unnest($1::varchar[]), 1, now()
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttles.window_started_at <= now() - make_interval(secs => $2)
                         THEN 1 ELSE login_throttles.failures + 1 END,
         window_started_at = CASE WHEN login_throttles.window_started_at <= now() - make_interval(secs => $2)
                                  THEN now() ELSE login_throttles.window_started_at END`,
      [this.keys(keys).map((l) => l.key), this.config.login.windowSeconds],
    );
  }

  /** A successful login clears the account's counter (not the IP's: one good password opens no door). */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttles WHERE key = $1', [`account:${keys.account}`]);
  }
}
