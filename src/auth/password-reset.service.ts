import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { AccessTokens } from './access-tokens';
import { PasswordHasher } from './password-hasher';
import { PasswordResetToken } from './password-reset-token';
import { User } from './user';

const VALID_MS = 3600_000;
/** Reset emails per account per hour; further requests get the same answer and send nothing. */
const MAX_PER_HOUR = 3;

const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Forgotten passwords: a random token mailed to the account's address and stored only as its hash,
 * good once for an hour. Setting the new password raises the session version, ending every session.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly notifications: NotificationsService,
    private readonly tokens: AccessTokens,
  ) {}

  /** The caller learns nothing: an unknown address and a throttled one look like a sent email. */
  async request(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { email: email.trim().toLowerCase() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) return;
      const [{ recent }]: { recent: number }[] = await manager.query(
        `SELECT count(*)::int AS recent FROM password_reset_tokens
          WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
        [user.id],
      );
      if (recent >= MAX_PER_HOUR) return;
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + VALID_MS);
      await manager.insert(PasswordResetToken, { userId: user.id, tokenHash: sha256(token), expiresAt, usedAt: null });
      await this.notifications.passwordReset(manager, user.id, token, expiresAt);
    });
  }

  /** Uses the token (once), sets the password and ends every session; returns the user. */
  async confirm(token: string, password: string): Promise<User> {
    const passwordHash = await this.hasher.hash(password);
    const user = await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, rowCount].
      const [[used]]: [{ user_id: string }[], number] = await manager.query(
        `UPDATE password_reset_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [sha256(token)],
      );
      if (!used) throw new DomainError('TOKEN_INVALID', 'This link is invalid, expired or already used');
      // Other links sent before this reset die with it.
      await manager.query(
        'UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
        [used.user_id],
      );
      // The reset proved the address belongs to the user.
      await manager.query(
        `UPDATE users SET password_hash = $2, session_version = session_version + 1,
                email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`,
        [used.user_id, passwordHash],
      );
      await this.notifications.passwordChanged(manager, used.user_id);
      return manager.findOneOrFail(User, { where: { id: used.user_id } });
    });
    this.tokens.sessionsChanged();
    return user;
  }
}
