import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Branch } from '../common/domain/branches';
import type { LocalizedText } from '../cooperatives/cooperative';
import { Cooperative } from '../cooperatives/cooperative';
import type { StoredImage } from '../media/stored-image';
import type { ProductStatus } from './product-status';

export interface DimensionsCm {
  length: number;
  width: number;
  height: number;
}

/**
 * A product of a cooperative. `searchVector`, `titleVector` and `searchText` are filled by a trigger
 * (see the migration) from the titles, descriptions and materials in the three languages; the
 * full-text and trigram indexes over them live in the migration only, since TypeORM cannot express them.
 */
@Entity('products')
@Check('ck_products_stock', 'stock >= 0')
@Check('ck_products_price', 'price_minor >= 0')
@Check('ck_products_hs_edition', '(hs_code IS NULL) = (hs_edition IS NULL)')
@Index('uq_products_cooperative_sku', ['cooperativeId', 'sku'], { unique: true })
@Index('ix_products_search_vector', { synchronize: false })
@Index('ix_products_search_text', { synchronize: false })
@Index('ix_products_title_vector', { synchronize: false })
@Index('ix_products_catalog_newest', { synchronize: false })
@Index('ix_products_catalog_price', { synchronize: false })
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cooperativeId: string;

  @ManyToOne(() => Cooperative, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cooperative_id', foreignKeyConstraintName: 'fk_products_cooperative' })
  cooperative?: Cooperative;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  description: Partial<LocalizedText>;

  @Column({ type: 'varchar', length: 20 })
  branch: Branch;

  /** 6 to 10 digits; the first 6 are a subheading of `hsEdition`. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  hsCode: string | null;

  /** The HS edition `hsCode` was checked against (the one in force then); set with it. */
  @Column({ type: 'smallint', nullable: true })
  hsEdition: number | null;

  /** Always MAD minor units (centimes): the cooperative's own price. */
  @Column({ type: 'integer' })
  priceMinor: number;

  @Column({ type: 'char', length: 3, default: 'MAD' })
  currency: string;

  /** Available to order: stock on hand less what unpaid orders reserve. */
  @Column({ type: 'integer', default: 0 })
  stock: number;

  /**
   * Bumped by every edit and every reservation or release of stock, so a client that sets `stock`
   * from what it read is refused if anything changed since (optimistic concurrency).
   */
  @VersionColumn({ default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sku: string | null;

  @Column({ type: 'integer' })
  weightGrams: number;

  @Column({ type: 'jsonb', nullable: true })
  dimensionsCm: DimensionsCm | null;

  @Column({ type: 'varchar', length: 60, array: true, default: () => "'{}'" })
  materials: string[];

  /** The photos in order, copied from images by refreshImageOwner (media module); never written otherwise. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  images: StoredImage[];

  @Column({ type: 'varchar', length: 120, nullable: true })
  madeBy: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ProductStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  titleVector: string | null;

  @Column({ type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A product as its own columns hold it (the search columns are never read). */
export type ProductRecord = Omit<Product, 'cooperative' | 'searchVector' | 'titleVector' | 'searchText'>;

/** The public product page: the product with its cooperative's name and place. */
export type PublicProduct = ProductRecord & { coopName: string; coopRegion: string; coopCity: string };

/** A listing card: what a list or search page shows, with the first ready image that has derivatives. */
export type ProductCard = Pick<Product, 'id' | 'cooperativeId' | 'title' | 'priceMinor' | 'currency' | 'stock' | 'publishedAt'> & {
  thumbnailImage: StoredImage | null;
  coopName: string;
  coopRegion: string;
};
