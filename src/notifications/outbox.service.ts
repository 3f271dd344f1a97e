import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Locale } from '../auth/user-role';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { JobQueue } from '../common/jobs/job-queue';
import { mailLocale, type MailLocale } from './i18n/mail-locale';
import type { MailContent } from './mail-content';
import { MailRenderer } from './mail-renderer';
import { sendsDespiteOptOut, type MessageKind } from './message-kinds';
import { OutboxRepository } from './outbox.repository';

export const MAIL_QUEUE = 'mail-delivery';

export interface MailJob {
  messageId: string;
}

export interface Recipient {
  id: string | null;
  email: string;
  name: string;
  locale: Locale;
  notifyNonEssential: boolean;
}

/**
 * Writes messages to the outbox inside the caller's transaction: the row and its delivery job exist
 * exactly when the event that caused them commits. Rendered now, so the message says what was true
 * then, and an admin sees it even where no SMTP server is configured.
 */
@Injectable()
export class OutboxService implements OnModuleInit {
  constructor(
    private readonly messages: OutboxRepository,
    private readonly renderer: MailRenderer,
    private readonly jobs: JobQueue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** The queue exists before the first event: starting pg-boss inside an order's transaction would hold its locks. */
  onModuleInit(): Promise<void> {
    return this.jobs.queue(MAIL_QUEUE);
  }

  async add(manager: EntityManager, kind: MessageKind, recipient: Recipient, build: (l: MailLocale) => MailContent): Promise<void> {
    if (!recipient.notifyNonEssential && !sendsDespiteOptOut(kind)) return;
    const locale = mailLocale(recipient.locale);
    const mail = this.renderer.render(build(locale), locale);
    const id = await this.messages.insert(manager, {
      kind,
      recipientId: recipient.id,
      toAddress: recipient.email,
      locale: recipient.locale,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
    });
    await this.queueDelivery(id, manager);
  }

  /** Queues one delivery with a full budget of attempts (also an admin's retry of a dead message). */
  async queueDelivery(messageId: string, manager?: EntityManager): Promise<void> {
    const { maxAttempts, retryDelaySeconds } = this.config.mail;
    await this.jobs.send<MailJob>(
      MAIL_QUEUE,
      { messageId },
      {
        manager,
        retryLimit: maxAttempts - 1,
        retryDelay: retryDelaySeconds,
        retryBackoff: retryDelaySeconds > 0,
        expireInSeconds: 120,
      },
    );
  }
}
