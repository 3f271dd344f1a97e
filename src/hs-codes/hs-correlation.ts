import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HsSubheading } from './hs-subheading';

/**
 * One row of a correlation table between two editions: goods classified under `fromCode` in
 * `fromEdition` go to `toCode` in `toEdition`. A code that splits has several rows; a code carried
 * over unchanged has one row to itself.
 */
@Entity('hs_correlations')
export class HsCorrelation {
  @PrimaryColumn({ type: 'smallint' })
  fromEdition: number;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  fromCode: string;

  @PrimaryColumn({ type: 'smallint' })
  toEdition: number;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  toCode: string;

  @ManyToOne(() => HsSubheading, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'from_edition', referencedColumnName: 'edition', foreignKeyConstraintName: 'fk_hs_correlations_from' },
    { name: 'from_code', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_hs_correlations_from' },
  ])
  from?: HsSubheading;

  @ManyToOne(() => HsSubheading, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'to_edition', referencedColumnName: 'edition', foreignKeyConstraintName: 'fk_hs_correlations_to' },
    { name: 'to_code', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_hs_correlations_to' },
  ])
  to?: HsSubheading;
}
