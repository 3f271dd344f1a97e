import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES } from '../../auth/user-role';
import { MESSAGE_KINDS } from '../message-kinds';
import { OUTBOX_STATUSES, type OutboxMessage } from '../outbox-message';

export class OutboxMessageView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: Object.keys(MESSAGE_KINDS) })
  kind: string;

  @ApiProperty()
  to: string;

  @ApiProperty({ enum: LOCALES })
  locale: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ enum: OUTBOX_STATUSES })
  status: string;

  @ApiProperty({ description: 'Delivery attempts made so far' })
  attempts: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  lastError: string | null;

  @ApiProperty()
  createdAt: Date;

  @ApiPropertyOptional({ nullable: true, type: Date })
  sentAt: Date | null;

  @ApiPropertyOptional({ description: 'Plain-text part (only on a single message)' })
  text?: string;

  @ApiPropertyOptional({ description: 'HTML part (only on a single message)' })
  html?: string;
}

export function toOutboxMessageView(m: OutboxMessage, withBody = false): OutboxMessageView {
  return {
    id: m.id,
    kind: m.kind,
    to: m.toAddress,
    locale: m.locale,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
    ...(withBody ? { text: m.text, html: m.html } : {}),
  };
}

export class OutboxPage {
  @ApiProperty({ type: [OutboxMessageView] })
  items: OutboxMessageView[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
