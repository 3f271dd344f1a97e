import { Injectable } from '@nestjs/common';
import { Transactions } from '../common/database/transactions';
import { isUniqueViolation } from '../common/database/unique-violation';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { AuthUser } from './auth-user';
import { UpdateMeDto } from './dto/account.dto';
import { EmailVerificationService } from './email-verification.service';
import { AccessTokens } from './access-tokens';
import { PasswordHasher } from './password-hasher';
import type { User } from './user';
import { UserChanges, UserRepository } from './user.repository';

/** What a signed-in user changes about their own account. */
@Injectable()
export class AccountService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly verification: EmailVerificationService,
    private readonly notifications: NotificationsService,
    private readonly tokens: AccessTokens,
  ) {}

  async update(caller: AuthUser, dto: UpdateMeDto): Promise<void> {
    const changes: UserChanges = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (dto.notifications?.nonEssential !== undefined) changes.notifyNonEssential = dto.notifications.nonEssential;
    if (Object.keys(changes).length > 0) await this.users.update(caller.id, changes);
  }

  /** A new password ends every other session: the caller gets a fresh token under the new version. */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string): Promise<User> {
    await this.assertPassword(caller.id, currentPassword);
    const passwordHash = await this.hasher.hash(newPassword);
    const user = await this.transactions.run(async (tx) => {
      await this.users.setPassword(tx, caller.id, passwordHash);
      await this.notifications.passwordChanged(tx, caller.id);
      return this.users.findByIdOrFail(tx, caller.id);
    });
    this.tokens.sessionsChanged();
    return user;
  }

  /** The new address must be verified again; the old one is told of the change. */
  async changeEmail(caller: AuthUser, currentPassword: string, newEmail: string): Promise<User> {
    const user = await this.assertPassword(caller.id, currentPassword);
    const email = newEmail.trim().toLowerCase();
    if (email === user.email) return user;
    try {
      return await this.transactions.run(async (tx) => {
        await this.users.setEmail(tx, caller.id, email);
        await this.verification.send(tx, { id: caller.id, email });
        await this.notifications.emailChanged(tx, caller.id, user.email);
        return this.users.findByIdOrFail(tx, caller.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) {
        throw new DomainError('EMAIL_TAKEN', 'An account with this email already exists');
      }
      throw error;
    }
  }

  /** Asks a new verification link for the current address. */
  async resendVerification(caller: AuthUser): Promise<void> {
    await this.transactions.run(async (tx) => {
      const user = await this.users.findByIdOrFail(tx, caller.id);
      if (user.emailVerifiedAt) throw new DomainError('INVALID_STATE', 'This email address is already verified');
      await this.verification.send(tx, user);
    });
  }

  private async assertPassword(userId: string, password: string): Promise<User> {
    const user = await this.users.findByIdOrFail(this.transactions.manager, userId);
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is incorrect');
    }
    return user;
  }
}
