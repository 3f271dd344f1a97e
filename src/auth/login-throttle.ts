import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters keyed by `account-ip:<email>|<address>` or `ip:<address>`, kept in
 * PostgreSQL so the limit holds across app instances. `blockedUntil` is when the next attempt may
 * be made once the limit is reached.
 */
@Entity('login_throttles')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
