import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the 21 HS sections, keyed by its Roman numeral ("XI"). */
@Entity('hs_sections')
export class HsSection {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Column({ type: 'text' })
  description: string;
}
