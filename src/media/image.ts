import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { LocalizedText } from '../cooperatives/cooperative';
import { Cooperative } from '../cooperatives/cooperative';
import { Product } from '../products/product';
import type { ImageRole, ImageStatus } from './image-status';
import type { StoredVariant } from './stored-image';

/**
 * An uploaded image and its processing job: rows in state `processing` are claimed by any instance
 * (FOR UPDATE SKIP LOCKED) and made `ready` with their derivatives. Its owner row keeps a copy of
 * what pages show (see image-projection.ts), so the catalog reads no second table.
 */
@Entity('images')
@Check('ck_images_owner', `(role = 'product') = (product_id IS NOT NULL)`)
@Index('ix_images_product', ['productId', 'position'])
@Index('ix_images_waiting', ['createdAt'], { where: `status = 'processing'` })
@Index('uq_images_cooperative_role', ['cooperativeId', 'role'], { unique: true, where: `role <> 'product'` })
export class Image {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  cooperativeId: string;

  @ManyToOne(() => Cooperative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cooperative_id', foreignKeyConstraintName: 'fk_images_cooperative' })
  cooperative?: Cooperative;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_images_product' })
  product?: Product;

  @Column({ type: 'varchar', length: 10 })
  role: ImageRole;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 12, default: 'processing' })
  status: ImageStatus;

  /** The upload as received, until it is processed. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  sourceKey: string | null;

  @Column({ type: 'integer', nullable: true })
  width: number | null;

  @Column({ type: 'integer', nullable: true })
  height: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  variants: StoredVariant[];

  @Column({ type: 'text', nullable: true })
  placeholder: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  alt: Partial<LocalizedText>;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** A claim by an instance processing it; past this time another may take it over. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  failure: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
