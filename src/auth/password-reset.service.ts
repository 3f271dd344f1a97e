import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { AccessTokens } from './access-tokens';
import { PasswordHasher } from './password-hasher';
import { PasswordResetTokenRepository } from './password-reset-token.repository';
import type { User } from './user';
import { UserRepository } from './user.repository';

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
    private readonly transactions: Transactions,
    private readonly users: UserRepository,
    private readonly resetTokens: PasswordResetTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly notifications: NotificationsService,
    private readonly tokens: AccessTokens,
  ) {}

  /** The caller learns nothing: an unknown address and a throttled one look like a sent email. */
  async request(email: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const user = await this.users.lockByEmail(tx, email.trim().toLowerCase());
      if (!user) return;
      if ((await this.resetTokens.countSentWithinHour(tx, user.id)) >= MAX_PER_HOUR) return;
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + VALID_MS);
      await this.resetTokens.insert(tx, { userId: user.id, tokenHash: sha256(token), expiresAt });
      await this.notifications.passwordReset(tx, user.id, token, expiresAt);
    });
  }

  /** Uses the token (once), sets the password and ends every session; returns the user. */
  async confirm(token: string, password: string): Promise<User> {
    const passwordHash = await this.hasher.hash(password);
    const user = await this.transactions.run(async (tx) => {
      const userId = await this.resetTokens.use(tx, sha256(token));
      if (!userId) throw new DomainError('TOKEN_INVALID', 'This link is invalid, expired or already used');
      // Other links sent before this reset die with it.
      await this.resetTokens.useAllOf(tx, userId);
      // The reset proved the address belongs to the user.
      await this.users.setPassword(tx, userId, passwordHash, true);
      await this.notifications.passwordChanged(tx, userId);
      return this.users.findByIdOrFail(tx, userId);
    });
    this.tokens.sessionsChanged();
    return user;
  }
}
