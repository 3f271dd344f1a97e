import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RateTable } from './rate-table';

/** One published version of the insurance tariff; the latest as-of date applies to new quotes. */
@Entity('insurance_rate_tables')
@Index('ix_insurance_rate_tables_as_of', ['asOf', 'createdAt'])
export class InsuranceRateTable {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'jsonb' })
  data: RateTable;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
