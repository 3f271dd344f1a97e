import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An edition of the Harmonized System (2022, 2027…) and the day it enters into force. Every code of
 * the nomenclature belongs to one edition: a code means nothing without it.
 */
@Entity('hs_editions')
@Check('ck_hs_editions_edition', 'edition BETWEEN 1988 AND 2200')
@Index('uq_hs_editions_effective_from', ['effectiveFrom'], { unique: true })
export class HsEdition {
  @PrimaryColumn({ type: 'smallint' })
  edition: number;

  /** The first day (UTC) on which goods are classified under this edition. */
  @Column({ type: 'date' })
  effectiveFrom: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
