import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Seconds a client is told to wait (Retry-After) while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
const PROBE_INTERVAL_MS = 2000;

/**
 * Logs a database outage once when the first request meets it and once when it ends, instead of once
 * per failed request: from the first failure a probe asks PostgreSQL every two seconds until it
 * answers. Only log state lives here; every instance notices an outage on its own.
 */
@Injectable()
export class DatabaseOutage implements OnModuleDestroy {
  private readonly logger = new Logger('Database');
  private since: number | null = null;
  private probe: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Called for each request that failed because the database is unreachable. */
  noteFailure(error: unknown): void {
    if (this.since !== null) return;
    this.since = Date.now();
    this.logger.error({ err: error }, 'Database unreachable: answering 503 until it is back');
    this.scheduleProbe();
  }

  /** One probe at a time: the next is scheduled only after the previous one failed. */
  private scheduleProbe(): void {
    this.probe = setTimeout(() => void this.check(), PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    let up = true;
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      up = false;
    }
    if (this.since === null) return;
    if (!up) return this.scheduleProbe();
    this.logger.log(`Database reachable again after ${Math.round((Date.now() - this.since) / 1000)} s`);
    this.stopProbe();
  }

  private stopProbe(): void {
    if (this.probe) clearTimeout(this.probe);
    this.probe = null;
    this.since = null;
  }

  onModuleDestroy(): void {
    this.stopProbe();
  }
}
