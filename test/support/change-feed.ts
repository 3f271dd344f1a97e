import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ChangeFeed } from '../../src/common/cache/change-feed.service';
import type { TestApp } from './test-app';

/**
 * Waits until every change committed so far has been heard by `app`'s change feed. PostgreSQL
 * delivers notifications in commit order, so once a marker notified now (through `db`, or the
 * app's own) arrives, so have the earlier writes' own notifications.
 */
export async function notificationsSettled(app: TestApp, db: DataSource = app.db): Promise<void> {
  const marker = `test-marker-${randomUUID()}`;
  const arrived = new Promise<void>((resolve) => app.app.get(ChangeFeed).on(marker, resolve));
  await db.query(`SELECT pg_notify('hirfa_reference_changed', $1)`, [marker]);
  await arrived;
}
