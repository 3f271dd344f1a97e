import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { MembershipView } from './dto/user-view';
import { User } from './user';

export type NewUser = Pick<User, 'email' | 'passwordHash' | 'name' | 'role' | 'country' | 'locale'> &
  Partial<Pick<User, 'emailVerifiedAt'>>;
export type UserChanges = Partial<Pick<User, 'name' | 'locale' | 'notifyNonEssential'>>;

/** Accounts: their rows, addresses, passwords and session versions. */
@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The unique index on email decides races between two registrations (uq_users_email). */
  insert(tx: EntityManager, user: NewUser): Promise<User> {
    return tx.save(tx.create(User, user));
  }

  /**
   * Creates the account with its address already verified, or renames the one holding the address
   * (demo data); returns its id.
   */
  async upsertVerified(tx: EntityManager, user: NewUser): Promise<string> {
    const [row]: Pick<User, 'id'>[] = await tx.query(
      `INSERT INTO users (email, password_hash, name, role, country, locale, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name
       RETURNING id`,
      [user.email, user.passwordHash, user.name, user.role, user.country, user.locale],
    );
    return row.id;
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.manager.findOne(User, { where: { id } });
  }

  findByIdOrFail(tx: EntityManager, id: string): Promise<User> {
    return tx.findOneOrFail(User, { where: { id } });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.manager.findOne(User, { where: { email } });
  }

  /** The account with this address, locked until the caller's transaction ends. */
  lockByEmail(tx: EntityManager, email: string): Promise<User | null> {
    return tx.findOne(User, { where: { email }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, changes: UserChanges): Promise<void> {
    await this.dataSource.manager.update(User, { id }, changes);
  }

  /**
   * A new password raises the session version, ending every session; a reset also proves the address
   * (`verifiesEmail`).
   */
  async setPassword(tx: EntityManager, id: string, passwordHash: string, verifiesEmail = false): Promise<void> {
    await tx.query(
      `UPDATE users SET password_hash = $2, session_version = session_version + 1,
              email_verified_at = CASE WHEN $3 THEN coalesce(email_verified_at, now()) ELSE email_verified_at END,
              updated_at = now() WHERE id = $1`,
      [id, passwordHash, verifiesEmail],
    );
  }

  /** The new address is unverified until its owner opens the link sent to it. */
  async setEmail(tx: EntityManager, id: string, email: string): Promise<void> {
    await tx.query('UPDATE users SET email = $2, email_verified_at = NULL, updated_at = now() WHERE id = $1', [id, email]);
  }

  /** False when the account no longer has this address or it was verified already. */
  async markEmailVerified(id: string, email: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [, verified]: [unknown[], number] = await this.dataSource.query(
      `UPDATE users SET email_verified_at = now() WHERE id = $1 AND email = $2 AND email_verified_at IS NULL RETURNING id`,
      [id, email],
    );
    return verified > 0;
  }

  async emailVerified(tx: EntityManager, id: string): Promise<boolean> {
    const [row]: Pick<User, 'emailVerifiedAt'>[] = await tx.query(
      'SELECT email_verified_at AS "emailVerifiedAt" FROM users WHERE id = $1',
      [id],
    );
    return !!row?.emailVerifiedAt;
  }

  /** Null for an account that no longer exists. */
  async sessionVersion(id: string): Promise<number | null> {
    const [row]: Pick<User, 'sessionVersion'>[] = await this.dataSource.query(
      'SELECT session_version AS "sessionVersion" FROM users WHERE id = $1',
      [id],
    );
    return row ? row.sessionVersion : null;
  }

  memberships(userId: string): Promise<MembershipView[]> {
    return this.dataSource.query(
      `SELECT m.cooperative_id AS "cooperativeId", c.name AS "cooperativeName", m.role, c.status AS "cooperativeStatus"
         FROM cooperative_members m JOIN cooperatives c ON c.id = m.cooperative_id
        WHERE m.user_id = $1 ORDER BY c.name`,
      [userId],
    );
  }
}
