import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HsSection } from './hs-section';

/** A 2-digit HS chapter of an edition. Codes are strings: leading zeros matter. */
@Entity('hs_chapters')
@Check('ck_hs_chapters_code', `code ~ '^[0-9]{2}$'`)
@Index('ix_hs_chapters_section', ['edition', 'sectionCode'])
export class HsChapter {
  @PrimaryColumn({ type: 'smallint' })
  edition: number;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 5 })
  sectionCode: string;

  @ManyToOne(() => HsSection, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'edition', referencedColumnName: 'edition', foreignKeyConstraintName: 'fk_hs_chapters_section' },
    { name: 'section_code', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_hs_chapters_section' },
  ])
  section?: HsSection;
}
