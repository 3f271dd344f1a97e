import { Global, Module } from '@nestjs/common';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailRenderer } from './mail-renderer';
import { MailTransport } from './mail-transport';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/**
 * Messages to every party, written to the outbox with the event and delivered by the mail worker.
 * Global: every feature that changes something someone must hear about calls NotificationsService.
 */
@Global()
@Module({
  controllers: [OutboxController],
  providers: [
    NotificationsService,
    NotificationsRepository,
    OutboxRepository,
    OutboxService,
    OutboxAdminService,
    MailRenderer,
    MailTransport,
    MailDeliveryWorker,
  ],
  exports: [NotificationsService, OutboxAdminService],
})
export class NotificationsModule {}
