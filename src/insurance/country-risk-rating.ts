import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RiskClass } from './country-risk';

/**
 * A destination's OECD country risk class as admins keep it. `riskClass` null: a high-income
 * country the OECD does not classify, priced like class 0.
 */
@Entity('country_risks')
export class CountryRiskRating {
  @PrimaryColumn({ type: 'char', length: 2 })
  iso2: string;

  @Column({ type: 'smallint', nullable: true })
  riskClass: RiskClass | null;

  @Column({ type: 'date' })
  asOf: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;
}
