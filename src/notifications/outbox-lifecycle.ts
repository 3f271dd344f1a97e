import type { Lifecycle } from '../common/domain/lifecycle';
import type { OutboxStatus } from './outbox-message';

/**
 * What an admin may do to a message: queue a failed or dead one again. The mail worker's own moves
 * (pending → sent | failed | dead) are made in its delivery SQL.
 */
export const OUTBOX_ADMIN_LIFECYCLE: Lifecycle<OutboxStatus, 'retry'> = {
  subject: 'message',
  refusal: (status) => `This message is ${status}; only a failed or dead message can be retried`,
  table: { pending: {}, sent: {}, failed: { retry: 'pending' }, dead: { retry: 'pending' } },
};
