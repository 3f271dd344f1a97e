import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PasswordResetToken } from './password-reset-token';

@Injectable()
export class PasswordResetTokenRepository {
  async countSentWithinHour(tx: EntityManager, userId: string): Promise<number> {
    const [{ recent }]: { recent: number }[] = await tx.query(
      `SELECT count(*)::int AS recent FROM password_reset_tokens
        WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
      [userId],
    );
    return recent;
  }

  async insert(tx: EntityManager, token: Pick<PasswordResetToken, 'userId' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await tx.insert(PasswordResetToken, { ...token, usedAt: null });
  }

  /** Marks the token used if it is still good; returns its user, or undefined. */
  async use(tx: EntityManager, tokenHash: string): Promise<string | undefined> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [[used]]: [Pick<PasswordResetToken, 'userId'>[], number] = await tx.query(
      `UPDATE password_reset_tokens SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id AS "userId"`,
      [tokenHash],
    );
    return used?.userId;
  }

  async useAllOf(tx: EntityManager, userId: string): Promise<void> {
    await tx.query('UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
  }
}
