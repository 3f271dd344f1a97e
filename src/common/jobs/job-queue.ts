import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DatabaseOutage } from '../database/database-outage.service';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { preparedQuery, statementName } from '../database/prepared-query';

export type Job<T> = PgBoss.JobWithMetadata<T>;

export interface WorkOptions {
  /** Seconds between polls when the queue is empty (at least 0.5). */
  pollSeconds: number;
  batchSize: number;
}

/**
 * The app's pg-boss: queues and workers in PostgreSQL (schema `pgboss`), shared by every instance, so a
 * job is fetched by one worker only. Started on first use and stopped, waiting for running handlers,
 * before the database pool closes. Features create their queues, send jobs and register workers here.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private started?: Promise<PgBoss>;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(@InjectConfig() config: AppConfig, outage: DatabaseOutage) {
    if (!config.databaseUrl) throw new Error('JobQueue needs the resolved DATABASE_URL');
    this.boss = new PgBoss({ connectionString: config.databaseUrl, max: 3, application_name: 'hirfa-jobs' });
    // pg-boss keeps polling through a database outage: that is reported once, like failed requests.
    this.boss.on('error', (error: unknown) => {
      if (isDatabaseUnavailable(error)) outage.noteFailure(error);
      else this.logger.error({ err: error }, 'Job queue error');
    });
  }

  private start(): Promise<PgBoss> {
    this.started ??= this.boss.start();
    return this.started;
  }

  /** Creates the queue once per process (pg-boss makes it once per database). */
  queue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.start().then(async (boss) => {
        if (await boss.getQueue(name)) return;
        // Another instance may create it at the same moment: its queue is as good as ours.
        await boss.createQueue(name).catch(async (error: unknown) => {
          if (!(await boss.getQueue(name))) throw error;
        });
      });
      this.queues.set(name, created);
    }
    return created;
  }

  /**
   * Queues a job. With `manager` the job is written inside that transaction: it exists exactly when
   * the caller's change commits.
   */
  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions & { manager?: EntityManager } = {}): Promise<string> {
    await this.queue(name);
    const { manager, ...rest } = options;
    const db = manager
      ? // Named, so that the database plans pg-boss's insert once per connection, not once per job.
        {
          executeSql: async (text: string, values: unknown[]) => ({
            rows: await preparedQuery(manager, statementName('pgboss', text), text, values),
          }),
        }
      : undefined;
    const id = await (await this.start()).send(name, data, { ...rest, ...(db ? { db } : {}) });
    if (!id) throw new Error(`Job queue "${name}" refused a job`);
    return id;
  }

  /**
   * Runs `handler` for each fetched batch. A throwing handler fails (for pg-boss to retry) every job of
   * its batch not yet completed with `complete`; one that returns completes them all.
   */
  async work<T>(name: string, options: WorkOptions, handler: (jobs: Job<T>[]) => Promise<void>): Promise<void> {
    await this.queue(name);
    const boss = await this.start();
    const fetch = { pollingIntervalSeconds: options.pollSeconds, batchSize: options.batchSize, includeMetadata: true as const };
    await boss.work<T>(name, fetch, handler);
  }

  /**
   * Completes one job of a batch at once. Failing one job alone is not offered: pg-boss completes the
   * batch's other jobs when the handler returns, and with an immediate retry another instance may
   * already be running the failed one again.
   */
  async complete(name: string, id: string): Promise<void> {
    await (await this.start()).complete(name, id);
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    await this.started;
    await this.boss.stop({ graceful: true, wait: true, timeout: 15_000 });
  }
}
