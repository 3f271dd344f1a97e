import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { User } from './user';
import { UserRepository } from './user.repository';

const PURPOSE = 'verify-email';
const VALID_SECONDS = 48 * 3600;

interface VerificationPayload {
  sub: string;
  email: string;
  purpose: typeof PURPOSE;
}

/**
 * Email verification links: a signed token naming the user and the address, valid 48 hours. It has no
 * role, so it is never an access token; it works once, because verifying sets email_verified_at and
 * a changed address no longer matches the one it names.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends a link to the user's current address, in the caller's transaction. */
  async send(manager: EntityManager, user: Pick<User, 'id' | 'email'>): Promise<void> {
    const payload: VerificationPayload = { sub: user.id, email: user.email, purpose: PURPOSE };
    const token = await this.jwt.signAsync(payload, { expiresIn: VALID_SECONDS, algorithm: 'HS256' });
    await this.notifications.verifyEmail(manager, user.id, token, new Date(Date.now() + VALID_SECONDS * 1000));
  }

  async verify(token: string): Promise<void> {
    let payload: VerificationPayload;
    try {
      payload = await this.jwt.verifyAsync<VerificationPayload>(token, { algorithms: ['HS256'] });
    } catch {
      throw invalid();
    }
    if (payload.purpose !== PURPOSE) throw invalid();
    if (!(await this.users.markEmailVerified(payload.sub, payload.email))) throw invalid();
  }

  /** Unverified accounts can browse and buy; some acts (applying for a cooperative) need a proven address. */
  async assertVerified(manager: EntityManager, userId: string): Promise<void> {
    if (!(await this.users.emailVerified(manager, userId))) {
      throw new DomainError('EMAIL_NOT_VERIFIED', 'Confirm your email address first: open the link we sent you, or ask for a new one');
    }
  }
}

function invalid(): DomainError {
  return new DomainError('TOKEN_INVALID', 'This link is invalid, expired or already used');
}
