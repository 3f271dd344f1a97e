import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { LoginThrottle } from './login-throttle';

/** A counter as an attempt finds it: `stale` once its window has passed, `retryAfter` seconds while it waits. */
export type ThrottleCounter = Pick<LoginThrottle, 'key' | 'failures'> & { stale: boolean; retryAfter: number | null };

/** A counter after the attempt: `wait` seconds of back-off from now (0: none). */
export type ThrottleCount = Pick<LoginThrottle, 'key' | 'failures'> & { stale: boolean; wait: number };

@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates the missing counters, then locks them in key order, so two attempts sharing an IP never
   * deadlock.
   */
  async lock(tx: EntityManager, keys: string[], windowSeconds: number): Promise<ThrottleCounter[]> {
    await tx.query(
      `INSERT INTO login_throttles (key, failures, window_started_at)
       SELECT unnest($1::varchar[]), 0, now() ON CONFLICT (key) DO NOTHING`,
      [keys],
    );
    return tx.query(
      `SELECT key, failures, window_started_at <= now() - make_interval(secs => $2) AS stale,
              CASE WHEN blocked_until > now() THEN ceil(extract(epoch FROM blocked_until - now()))::int END AS "retryAfter"
         FROM login_throttles WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
      [keys, windowSeconds],
    );
  }

  async save(tx: EntityManager, counts: ThrottleCount[]): Promise<void> {
    await tx.query(
      `UPDATE login_throttles t
          SET failures = v.failures,
              window_started_at = CASE WHEN v.stale THEN now() ELSE t.window_started_at END,
              blocked_until = CASE WHEN v.wait > 0 THEN now() + make_interval(secs => v.wait) END
         FROM unnest($1::varchar[], $2::int[], $3::bool[], $4::int[]) AS v(key, failures, stale, wait)
        WHERE t.key = v.key`,
      [counts.map((n) => n.key), counts.map((n) => n.failures), counts.map((n) => n.stale), counts.map((n) => n.wait)],
    );
  }

  /**
   * Deletes the account's counter and takes one failure back from the IP's, lifting its wait once
   * it is under `maxPerIp` again.
   */
  async forgive(accountKey: string, ipKey: string, maxPerIp: number): Promise<void> {
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM login_throttles WHERE key = $1)
       UPDATE login_throttles SET failures = greatest(failures - 1, 0),
              blocked_until = CASE WHEN failures - 1 >= $3 THEN blocked_until END
        WHERE key = $2`,
      [accountKey, ipKey, maxPerIp],
    );
  }
}
