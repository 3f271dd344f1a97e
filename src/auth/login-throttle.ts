import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters keyed by `account:<email>` or `ip:<address>`, kept in PostgreSQL so the
 * limit holds across app instances.
 */
@Entity('login_throttles')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;
}
