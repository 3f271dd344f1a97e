import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HsEdition } from './hs-edition';

/** One of the 21 HS sections of an edition, keyed by its Roman numeral ("XI"). */
@Entity('hs_sections')
export class HsSection {
  @PrimaryColumn({ type: 'smallint' })
  edition: number;

  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Column({ type: 'text' })
  description: string;

  @ManyToOne(() => HsEdition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edition', foreignKeyConstraintName: 'fk_hs_sections_edition' })
  hsEdition?: HsEdition;
}
