import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { isUniqueViolation } from '../common/database/unique-violation';
import { DomainError } from '../common/errors/domain-error';
import { AccessTokens } from './access-tokens';
import { AuthResponse, toUserView } from './dto/user-view';
import { EmailVerificationService } from './email-verification.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import type { User } from './user';
import { UserRepository } from './user.repository';
import type { Locale, UserRole } from './user-role';

export interface NewAccount {
  email: string;
  password: string;
  name: string;
  role: UserRole;
  country?: string | null;
  locale?: Locale;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: AccessTokens,
    private readonly verification: EmailVerificationService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Creates an account and mails it a verification link in the same transaction; the unique index
   * on email decides races between two registrations.
   */
  async createAccount(account: NewAccount): Promise<User> {
    const fields = {
      email: account.email.trim().toLowerCase(),
      passwordHash: await this.hasher.hash(account.password),
      name: account.name,
      role: account.role,
      country: account.country ?? null,
      locale: account.locale ?? 'en',
    };
    try {
      return await this.transactions.run(async (tx) => {
        const saved = await this.users.insert(tx, fields);
        await this.verification.send(tx, saved);
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) {
        throw new DomainError('EMAIL_TAKEN', 'An account with this email already exists');
      }
      throw error;
    }
  }

  async register(account: NewAccount): Promise<AuthResponse> {
    return this.issue(await this.createAccount(account));
  }

  /**
   * One answer for an unknown email and a wrong password, and the same work on both paths. The
   * attempt is counted before the hash is checked, so parallel guesses are limited too.
   */
  async login(email: string, password: string, ip: string): Promise<AuthResponse> {
    const keys = { account: email.trim().toLowerCase(), ip };
    await this.throttle.countAttempt(keys);
    const user = await this.users.findByEmail(keys.account);
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS', 'Email or password is incorrect');
    await this.throttle.recordSuccess(keys);
    return this.issue(user);
  }

  async findById(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists');
    return user;
  }

  async issue(user: User): Promise<AuthResponse> {
    const accessToken = await this.tokens.sign(user);
    return { user: toUserView(user), accessToken, expiresIn: this.config.jwt.ttlSeconds };
  }
}
