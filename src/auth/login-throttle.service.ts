import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { backoffSeconds } from './login-backoff';
import { LoginThrottleRepository } from './login-throttle.repository';

export interface ThrottleKeys {
  account: string;
  ip: string;
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
    private readonly transactions: Transactions,
    private readonly counters: LoginThrottleRepository,
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
    await this.transactions.run(async (tx) => {
      const rows = await this.counters.lock(
        tx,
        limits.map((l) => l.key),
        windowSeconds,
      );
      const waits = rows.filter((row) => row.retryAfter !== null).map((row) => row.retryAfter!);
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
      await this.counters.save(tx, next);
    });
  }

  /**
   * The attempt counted was right after all: the account's counter from this IP is cleared and the
   * IP's takes it back (one good password opens no door for guesses at other accounts).
   */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    const [accountKey, ipKey] = [`account-ip:${keys.account}|${keys.ip}`, `ip:${keys.ip}`];
    await this.counters.forgive(accountKey, ipKey, this.config.login.maxFailuresPerIp);
  }
}
