import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, UserRole } from './user-role';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; the unique index makes registration race-free. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  role: UserRole;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  locale: Locale;

  /** Null until the owner opens the link sent to this address; changing the address clears it. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /**
   * Access tokens carry the version they were issued under; raising it (a password reset or change)
   * ends every session at once, on every instance.
   */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;

  /** Informational messages (shipping news, publications) can be turned off; account and money ones cannot. */
  @Column({ type: 'boolean', default: true })
  notifyNonEssential: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
