import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import { HsChapter } from './hs-chapter';

/** A 4-digit HS heading of an edition; `labels` are Hirfa's own short names for the handicraft subset. */
@Entity('hs_headings')
@Check('ck_hs_headings_code', `code ~ '^[0-9]{4}$' AND left(code, 2) = chapter_code`)
@Index('ix_hs_headings_chapter', ['edition', 'chapterCode'])
export class HsHeading {
  @PrimaryColumn({ type: 'smallint' })
  edition: number;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 2 })
  chapterCode: string;

  @Column({ type: 'jsonb', nullable: true })
  labels: LocalizedText | null;

  @ManyToOne(() => HsChapter, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'edition', referencedColumnName: 'edition', foreignKeyConstraintName: 'fk_hs_headings_chapter' },
    { name: 'chapter_code', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_hs_headings_chapter' },
  ])
  chapter?: HsChapter;
}
