import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { ReferenceCache } from '../common/cache/reference-cache';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import type { AuthUser } from './auth-user';
import type { User } from './user';
import { USER_ROLES, type UserRole } from './user-role';
import { UserRepository } from './user.repository';

interface AccessPayload {
  sub: string;
  email: string;
  role: UserRole;
  /** The user's session version when issued; absent counts as 0. */
  ver?: number;
}

/**
 * Access tokens (API bearer and storefront cookie alike). A token is valid while its signature, expiry
 * and session version hold: raising a user's version in the database ends all their sessions on every
 * instance. Versions are cached per user and forgotten on every instance when any version changes
 * (a trigger on the change feed), so an authenticated request reads no row.
 */
@Injectable()
export class AccessTokens {
  private readonly versions: ReferenceCache<number | null>;

  constructor(
    private readonly jwt: JwtService,
    private readonly users: UserRepository,
    @InjectConfig() private readonly config: AppConfig,
    private readonly feed: ChangeFeed,
  ) {
    // One entry per signed-in account: bounded, the least recently seen re-read when it returns.
    this.versions = new ReferenceCache(feed, 'users', { entries: 50_000, maxAgeMs: Infinity });
  }

  /** After a transaction that raised a session version commits: this instance forgets at once. */
  sessionsChanged(): void {
    this.feed.changed(this.versions.topic);
  }

  sign(user: Pick<User, 'id' | 'email' | 'role' | 'sessionVersion'>): Promise<string> {
    const payload: AccessPayload = { sub: user.id, email: user.email, role: user.role, ver: user.sessionVersion };
    return this.jwt.signAsync(payload, { expiresIn: this.config.jwt.ttlSeconds, algorithm: 'HS256' });
  }

  /** The caller, or undefined for a bad, expired or revoked token. */
  async verify(token: string): Promise<AuthUser | undefined> {
    let payload: AccessPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessPayload>(token, { algorithms: ['HS256'] });
    } catch {
      return undefined;
    }
    if (!USER_ROLES.includes(payload.role)) return undefined;
    const version = await this.versions.get(payload.sub, () => this.users.sessionVersion(payload.sub));
    if (version === null || version !== (payload.ver ?? 0)) return undefined;
    return { id: payload.sub, email: payload.email, role: payload.role };
  }
}
