import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../common/database/unique-violation';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { AuthUser } from './auth-user';
import { UpdateMeDto } from './dto/account.dto';
import { EmailVerificationService } from './email-verification.service';
import { AccessTokens } from './access-tokens';
import { PasswordHasher } from './password-hasher';
import { User } from './user';

/** What a signed-in user changes about their own account. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly verification: EmailVerificationService,
    private readonly notifications: NotificationsService,
    private readonly tokens: AccessTokens,
  ) {}

  async update(caller: AuthUser, dto: UpdateMeDto): Promise<void> {
    const changes: Partial<User> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (dto.notifications?.nonEssential !== undefined) changes.notifyNonEssential = dto.notifications.nonEssential;
    if (Object.keys(changes).length > 0) await this.dataSource.getRepository(User).update({ id: caller.id }, changes);
  }

  /** A new password ends every other session: the caller gets a fresh token under the new version. */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string): Promise<User> {
    await this.assertPassword(caller.id, currentPassword);
    const passwordHash = await this.hasher.hash(newPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE users SET password_hash = $2, session_version = session_version + 1, updated_at = now() WHERE id = $1',
        [caller.id, passwordHash],
      );
      await this.notifications.passwordChanged(manager, caller.id);
      return manager.findOneOrFail(User, { where: { id: caller.id } });
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
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(
          'UPDATE users SET email = $2, email_verified_at = NULL, updated_at = now() WHERE id = $1',
          [caller.id, email],
        );
        await this.verification.send(manager, { id: caller.id, email });
        await this.notifications.emailChanged(manager, caller.id, user.email);
        return manager.findOneOrFail(User, { where: { id: caller.id } });
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
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneOrFail(User, { where: { id: caller.id } });
      if (user.emailVerifiedAt) throw new DomainError('INVALID_STATE', 'This email address is already verified');
      await this.verification.send(manager, user);
    });
  }

  private async assertPassword(userId: string, password: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneOrFail({ where: { id: userId } });
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw new DomainError('INVALID_CREDENTIALS', 'The current password is incorrect');
    }
    return user;
  }
}
