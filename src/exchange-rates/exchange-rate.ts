import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** MAD per one unit of a foreign currency, kept exactly as the admin typed it (never a float). */
@Entity('exchange_rates')
export class ExchangeRate {
  @PrimaryColumn({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'numeric', precision: 18, scale: 8 })
  madPerUnit: string;

  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
