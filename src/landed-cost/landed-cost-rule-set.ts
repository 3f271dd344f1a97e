import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LandedCostRule } from './landed-cost-rule';

/**
 * One published version of a destination's landed-cost rules: admins publish the whole set, the
 * highest version is the one read, and orders keep the rule versions that priced them.
 */
@Entity('landed_cost_rule_sets')
@Index('uq_landed_cost_rule_sets_destination_version', ['destination', 'version'], { unique: true })
export class LandedCostRuleSet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 2 })
  destination: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  rules: LandedCostRule[];

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
