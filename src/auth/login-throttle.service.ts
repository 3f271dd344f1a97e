import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { DomainError } from '../common/errors/domain-error';
import { backoffSeconds } from './login-backoff';

export interface ThrottleKeys {
  account: string;
  ip: string;
}

interface CounterRow {
  key: string;
  failures: number;
  stale: boolean;
  retry_after: number | null;
}

/**
 * Failed-login counters per account from one IP and per IP, shared by all instances. An attempt is
 * counted before the password is hashed, under a row lock, so parallel guesses cannot all pass the
 * check; past the limit each further attempt waits twice as long as the last (never a lock-out, and
 * the owner signing in from elsewhere is not slowed by someone guessing their password).
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  private limits(keys: ThrottleKeys): { key: string; max: number }[] {
    return [
      { key: `account-ip:${keys.account}|${keys.ip}`, max: this.config.login.maxFailuresPerAccount },
      { key: `ip:${keys.ip}`, max: this.config.login.maxFailuresPerIp },
    ].sort((a, b) => a.key.localeCompare(b.key));
  }

  /** Counts an attempt as failed until it succeeds; throws 429 while any of its keys waits. */
  async countAttempt(keys: ThrottleKeys): Promise<void> {
    const limits = this.limits(keys);
    const { windowSeconds, backoffBaseSeconds, backoffMaxSeconds } = this.config.login;
    await this.dataSource.transaction(async (manager) => {
      const names = limits.map((l) => l.key);
      await manager.query(
        `INSERT INTO login_throttles (key, failures, window_started_at)
         SELECT unnest($1::varchar[]), 0, now() ON CONFLICT (key) DO NOTHING`,
        [names],
      );
      // Locked in key order, so two attempts sharing an IP never deadlock.
      const rows: CounterRow[] = await manager.query(
        `SELECT key, failures, window_started_at <= now() - make_interval(secs => $2) AS stale,
                CASE WHEN blocked_until > now() THEN ceil(extract(epoch FROM blocked_until - now()))::int END AS retry_after
           FROM login_throttles WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
        [names, windowSeconds],
      );
      const waits = rows.filter((row) => row.retry_after !== null).map((row) => row.retry_after!);
      if (waits.length > 0) {
        throw new DomainError('TOO_MANY_REQUESTS', 'Too many failed sign-in attempts; try again later', {
          retryAfterSeconds: Math.max(1, ...waits),
        });
      }
      const next = rows.map((row) => {
        const failures = row.stale ? 1 : row.failures + 1;
        const max = limits.find((l) => l.key === row.key)!.max;
        return { key: row.key, failures, stale: row.stale, wait: backoffSeconds(failures, max, backoffBaseSeconds, backoffMaxSeconds) };
      });
      await manager.query(
        `UPDATE login_throttles t
            SET failures = v.failures,
                window_started_at = CASE WHEN v.stale THEN now() ELSE t.window_started_at END,
                blocked_until = CASE WHEN v.wait > 0 THEN now() + make_interval(secs => v.wait) END
           FROM unnest($1::varchar[], $2::int[], $3::bool[], $4::int[]) AS v(key, failures, stale, wait)
          WHERE t.key = v.key`,
        [next.map((n) => n.key), next.map((n) => n.failures), next.map((n) => n.stale), next.map((n) => n.wait)],
      );
    });
  }

  /**
   * The attempt counted was right after all: the account's counter from this IP is cleared and the
   * IP's takes it back (one good password opens no door for guesses at other accounts).
   */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    const [accountKey, ipKey] = [`account-ip:${keys.account}|${keys.ip}`, `ip:${keys.ip}`];
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM login_throttles WHERE key = $1)
       UPDATE login_throttles SET failures = greatest(failures - 1, 0),
              blocked_until = CASE WHEN failures - 1 >= $3 THEN blocked_until END
        WHERE key = $2`,
      [accountKey, ipKey, this.config.login.maxFailuresPerIp],
    );
  }
}
