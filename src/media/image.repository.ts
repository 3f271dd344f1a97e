import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import type { Image } from './image';
import type { ImageOwner } from './image-owner';
import type { StoredImage } from './stored-image';

/** The files an image row points at: its upload until processed, then its derivatives. */
export type ImageFiles = Pick<Image, 'sourceKey' | 'variants'>;
export type ClaimedImage = Pick<Image, 'id' | 'role' | 'cooperativeId' | 'productId' | 'sourceKey' | 'attempts'>;
export type ProcessedImage = Pick<Image, 'variants' | 'placeholder'> & { width: number; height: number };

const PROJECTION = `jsonb_build_object('id', i.id, 'status', i.status, 'width', i.width, 'height', i.height,
  'variants', i.variants, 'placeholder', i.placeholder, 'alt', i.alt)`;

const OWNED_BY = 'cooperative_id = $2 AND role = $3 AND product_id IS NOT DISTINCT FROM $4';

/**
 * Image rows, and the copy of them each owner row keeps (products.images, cooperatives.logo / cover)
 * for the catalog and pages to read with the row.
 */
@Injectable()
export class ImageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Locks the owner row. Every change to images takes this lock first, then touches image rows, so
   * uploads, deletions, reordering and the processing job serialise per owner, always in that order.
   */
  async lockOwner(tx: EntityManager, owner: ImageOwner): Promise<void> {
    const [sql, id] =
      owner.role === 'product'
        ? ['SELECT id FROM products WHERE id = $1 FOR UPDATE', owner.productId]
        : ['SELECT id FROM cooperatives WHERE id = $1 FOR UPDATE', owner.cooperativeId];
    const rows: unknown[] = await tx.query(sql, [id]);
    if (rows.length === 0) throw new DomainError('NOT_FOUND', owner.role === 'product' ? 'Product not found' : 'Cooperative not found');
  }

  /** Copies the owner's images, in order, into its row: the one place that writes those columns. */
  async refreshOwner(tx: EntityManager, owner: ImageOwner): Promise<void> {
    if (owner.role === 'product') {
      await tx.query(
        `UPDATE products SET images = (SELECT coalesce(jsonb_agg(${PROJECTION} ORDER BY i.position, i.created_at), '[]'::jsonb)
                                         FROM images i WHERE i.product_id = $1)
          WHERE id = $1`,
        [owner.productId],
      );
      return;
    }
    await tx.query(
      `UPDATE cooperatives SET ${owner.role} = (SELECT ${PROJECTION} FROM images i WHERE i.cooperative_id = $1 AND i.role = $2) WHERE id = $1`,
      [owner.cooperativeId, owner.role],
    );
  }

  /** Uploads waiting for processing, at positions from `first` on, in the order given. */
  async insertUploads(tx: EntityManager, owner: ImageOwner, first: number, ids: string[], sourceKeys: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO images (id, cooperative_id, product_id, role, position, source_key)
       SELECT id, $1, $2, $3, $4 + ord - 1, source FROM unnest($5::uuid[], $6::text[]) WITH ORDINALITY AS u(id, source, ord)`,
      [owner.cooperativeId, owner.productId ?? null, owner.role, first, ids, sourceKeys],
    );
  }

  /** An image processed already (demo data). */
  async insertReady(tx: EntityManager, owner: ImageOwner, id: string, image: ProcessedImage, alt: Image['alt']): Promise<void> {
    await tx.query(
      `INSERT INTO images (id, cooperative_id, product_id, role, status, width, height, variants, placeholder, alt)
       VALUES ($1, $2, $3, $4, 'ready', $5, $6, $7, $8, $9)`,
      [
        id,
        owner.cooperativeId,
        owner.productId ?? null,
        owner.role,
        image.width,
        image.height,
        JSON.stringify(image.variants),
        image.placeholder,
        JSON.stringify(alt),
      ],
    );
  }

  /** Undefined when the owner has no such image. */
  async delete(tx: EntityManager, owner: ImageOwner, imageId: string): Promise<ImageFiles | undefined> {
    // TypeORM answers a DELETE with [rows, rowCount].
    const [rows]: [ImageFiles[], number] = await tx.query(
      `DELETE FROM images WHERE id = $1 AND ${OWNED_BY} RETURNING source_key AS "sourceKey", variants`,
      [imageId, owner.cooperativeId, owner.role, owner.productId ?? null],
    );
    return rows[0];
  }

  /** Deletes a cooperative's logo or cover row. */
  async deleteRole(tx: EntityManager, owner: ImageOwner): Promise<ImageFiles[]> {
    const [rows]: [ImageFiles[], number] = await tx.query(
      'DELETE FROM images WHERE cooperative_id = $1 AND role = $2 RETURNING source_key AS "sourceKey", variants',
      [owner.cooperativeId, owner.role],
    );
    return rows;
  }

  async idsOfProduct(tx: EntityManager, productId: string): Promise<string[]> {
    const rows: Pick<Image, 'id'>[] = await tx.query('SELECT id FROM images WHERE product_id = $1', [productId]);
    return rows.map((r) => r.id);
  }

  /** How many photos the product has, and the position after the last. */
  async countOfProduct(tx: EntityManager, productId: string): Promise<{ count: number; nextPosition: number }> {
    const [row]: { count: number; nextPosition: number }[] = await tx.query(
      'SELECT count(*)::int AS count, coalesce(max(position) + 1, 0)::int AS "nextPosition" FROM images WHERE product_id = $1',
      [productId],
    );
    return row;
  }

  /** Positions the images in the order given. */
  async reorder(tx: EntityManager, imageIds: string[]): Promise<void> {
    await tx.query(`UPDATE images i SET position = u.ord - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord) WHERE i.id = u.id`, [
      imageIds,
    ]);
  }

  /** False when the owner has no such image. */
  async setAlt(tx: EntityManager, owner: ImageOwner, imageId: string, alt: Image['alt']): Promise<boolean> {
    const [, count]: [unknown, number] = await tx.query(`UPDATE images SET alt = $5, updated_at = now() WHERE id = $1 AND ${OWNED_BY}`, [
      imageId,
      owner.cooperativeId,
      owner.role,
      owner.productId ?? null,
      JSON.stringify(alt),
    ]);
    return count > 0;
  }

  /** The owner's images in order, as its row keeps them. */
  ofOwner(owner: ImageOwner): Promise<StoredImage[]> {
    return this.stored('WHERE i.cooperative_id = $1 AND i.role = $2 AND i.product_id IS NOT DISTINCT FROM $3', [
      owner.cooperativeId,
      owner.role,
      owner.productId ?? null,
    ]);
  }

  find(ids: string[]): Promise<StoredImage[]> {
    return this.findIn(this.dataSource.manager, ids);
  }

  findIn(tx: EntityManager, ids: string[]): Promise<StoredImage[]> {
    return this.stored('WHERE i.id = ANY($1::uuid[])', [ids], tx);
  }

  private stored(where: string, params: unknown[], tx: EntityManager = this.dataSource.manager): Promise<StoredImage[]> {
    return tx.query(
      `SELECT i.id, i.status, i.width, i.height, i.variants, i.placeholder, i.alt FROM images i ${where}
        ORDER BY i.position, i.created_at`,
      params,
    );
  }

  /** Products among these SKUs that have no photo yet (demo data). */
  productsWithoutPhotos(skus: string[]): Promise<{ id: string; cooperativeId: string; sku: string }[]> {
    return this.dataSource.query(
      `SELECT id, cooperative_id AS "cooperativeId", sku FROM products WHERE sku = ANY($1) AND images = '[]'::jsonb`,
      [skus],
    );
  }

  /** Which of the cooperatives with these ICE numbers have a logo and a cover (demo data). */
  cooperativePictures(ices: string[]): Promise<{ id: string; ice: string; hasLogo: boolean; hasCover: boolean }[]> {
    return this.dataSource.query(
      `SELECT id, ice, logo IS NOT NULL AS "hasLogo", cover IS NOT NULL AS "hasCover" FROM cooperatives WHERE ice = ANY($1)`,
      [ices],
    );
  }

  /**
   * Claims the oldest waiting image for `seconds`: one conditional UPDATE over FOR UPDATE SKIP
   * LOCKED, so any instance may take any image and no two take the same.
   */
  async claimNext(seconds: number): Promise<ClaimedImage | undefined> {
    const [rows]: [ClaimedImage[], number] = await this.dataSource.query(
      `UPDATE images SET attempts = attempts + 1, claimed_until = now() + make_interval(secs => $1)
        WHERE id = (SELECT id FROM images
                     WHERE status = 'processing' AND (claimed_until IS NULL OR claimed_until < now())
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, role, cooperative_id AS "cooperativeId", product_id AS "productId", source_key AS "sourceKey", attempts`,
      [seconds],
    );
    return rows[0];
  }

  /** False when the image is no longer waiting (deleted meanwhile). */
  markReady(tx: EntityManager, id: string, image: ProcessedImage): Promise<boolean> {
    return this.finish(tx, id, `status = 'ready', width = $2, height = $3, variants = $4, placeholder = $5`, [
      image.width,
      image.height,
      JSON.stringify(image.variants),
      image.placeholder,
    ]);
  }

  /** False when the image is no longer waiting (deleted meanwhile). */
  markFailed(tx: EntityManager, id: string, failure: string): Promise<boolean> {
    return this.finish(tx, id, `status = 'failed', failure = $2`, [failure]);
  }

  private async finish(tx: EntityManager, id: string, set: string, params: unknown[]): Promise<boolean> {
    const [, count]: [unknown, number] = await tx.query(
      `UPDATE images SET ${set}, source_key = NULL, claimed_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'processing'`,
      [id, ...params],
    );
    return count > 0;
  }
}
