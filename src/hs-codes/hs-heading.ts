import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import { HsChapter } from './hs-chapter';

/** A 4-digit HS heading; `labels` are Hirfa's own short names for the handicraft subset. */
@Entity('hs_headings')
@Check('ck_hs_headings_code', `code ~ '^[0-9]{4}$' AND left(code, 2) = chapter_code`)
@Index('ix_hs_headings_chapter', ['chapterCode'])
export class HsHeading {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 2 })
  chapterCode: string;

  @Column({ type: 'jsonb', nullable: true })
  labels: LocalizedText | null;

  @ManyToOne(() => HsChapter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chapter_code', foreignKeyConstraintName: 'fk_hs_headings_chapter' })
  chapter?: HsChapter;
}
