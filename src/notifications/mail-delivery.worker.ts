import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { JobQueue, type Job } from '../common/jobs/job-queue';
import { MailTransport } from './mail-transport';
import { OutboxRepository } from './outbox.repository';
import { MAIL_QUEUE, type MailJob } from './outbox.service';

// A message is leased for longer than the transport's longest wait; a crashed sender's lease lapses.
const LEASE_SECONDS = 120;

/**
 * Delivers outbox messages from pg-boss jobs. pg-boss hands each job to one worker of one instance and
 * retries failures with backoff; the lease on the row keeps a second job for the same message (an
 * admin's retry) from sending it twice. After the last attempt the message is dead until an admin
 * retries it. No row lock is held while talking to the SMTP server.
 */
@Injectable()
export class MailDeliveryWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailDeliveryWorker.name);

  constructor(
    private readonly messages: OutboxRepository,
    @InjectConfig() private readonly config: AppConfig,
    private readonly transport: MailTransport,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Without SMTP the jobs wait in the queue: configuring a server later delivers the backlog.
    if (!this.transport.configured) return;
    const options = { pollSeconds: this.config.mail.pollSeconds, batchSize: 10 };
    await this.jobs.work<MailJob>(MAIL_QUEUE, options, async (batch) => {
      let failed = 0;
      for (const job of batch) {
        if (await this.deliver(job)) await this.jobs.complete(MAIL_QUEUE, job.id);
        else failed++;
      }
      // The jobs not completed above fail together, for pg-boss to retry with backoff.
      if (failed > 0) throw new Error(`${failed} of ${batch.length} messages could not be delivered`);
    });
  }

  /** Sends one message; false when the attempt failed and the job should be retried. */
  private async deliver(job: Job<MailJob>): Promise<boolean> {
    const message = await this.messages.lease(job.data.messageId, LEASE_SECONDS);
    if (!message) return true; // sent already, dead, or being sent by another job
    try {
      const { id, toAddress: to, subject, html, text } = message;
      await this.transport.send({ id, to, subject, html, text });
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const dead = job.retryCount >= job.retryLimit;
      await this.messages.markFailed(message.id, dead ? 'dead' : 'failed', failure.message.slice(0, 1000));
      const attempt = job.retryCount + 1;
      this.logger.warn({ messageId: message.id, attempt, dead, err: failure.message }, 'Mail delivery failed');
      return false;
    }
    await this.messages.markSent(message.id);
    return true;
  }
}
