import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import { HsHeading } from './hs-heading';

/**
 * A 6-digit HS subheading of an edition: the international part of every product's customs code.
 * `searchText` (description and labels, folded) and `searchVector` are filled by a trigger (see the
 * migration StoreHsSearchText); their trigram and full-text indexes live in the migrations only,
 * declared here with `synchronize: false` so schema sync leaves them alone.
 */
@Entity('hs_subheadings')
@Check('ck_hs_subheadings_code', `code ~ '^[0-9]{6}$' AND left(code, 4) = heading_code`)
@Index('ix_hs_subheadings_heading', ['edition', 'headingCode'])
@Index('ix_hs_subheadings_search_trgm', { synchronize: false })
@Index('ix_hs_subheadings_search_fts', { synchronize: false })
export class HsSubheading {
  @PrimaryColumn({ type: 'smallint' })
  edition: number;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 4 })
  headingCode: string;

  @Column({ type: 'jsonb', nullable: true })
  labels: LocalizedText | null;

  @Column({ type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText: string | null;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;

  @ManyToOne(() => HsHeading, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'edition', referencedColumnName: 'edition', foreignKeyConstraintName: 'fk_hs_subheadings_heading' },
    { name: 'heading_code', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_hs_subheadings_heading' },
  ])
  heading?: HsHeading;
}
