import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import type { ImageRole } from './image-status';

/** Whose image: a product's photo, or a cooperative's logo or cover. */
export interface ImageOwner {
  role: ImageRole;
  cooperativeId: string;
  /** Set exactly when role is `product`. */
  productId?: string;
}

const PROJECTION = `jsonb_build_object('id', i.id, 'status', i.status, 'width', i.width, 'height', i.height,
  'variants', i.variants, 'placeholder', i.placeholder, 'alt', i.alt)`;

/**
 * Locks the owner row. Every change to images takes this lock first, then touches image rows, so
 * uploads, deletions, reordering and the processing job serialise per owner, always in that order.
 */
export async function lockImageOwner(manager: EntityManager, owner: ImageOwner): Promise<void> {
  const [sql, id] = owner.role === 'product'
    ? ['SELECT id FROM products WHERE id = $1 FOR UPDATE', owner.productId]
    : ['SELECT id FROM cooperatives WHERE id = $1 FOR UPDATE', owner.cooperativeId];
  const rows: unknown[] = await manager.query(sql, [id]);
  if (rows.length === 0) throw new DomainError('NOT_FOUND', owner.role === 'product' ? 'Product not found' : 'Cooperative not found');
}

/**
 * Copies the owner's images, in order, into its row (products.images, cooperatives.logo / cover):
 * the catalog and pages read them with the row. The one place that writes those columns.
 */
export async function refreshImageOwner(manager: EntityManager, owner: ImageOwner): Promise<void> {
  if (owner.role === 'product') {
    await manager.query(
      `UPDATE products SET images = (SELECT coalesce(jsonb_agg(${PROJECTION} ORDER BY i.position, i.created_at), '[]'::jsonb)
                                       FROM images i WHERE i.product_id = $1)
        WHERE id = $1`,
      [owner.productId],
    );
    return;
  }
  await manager.query(
    `UPDATE cooperatives SET ${owner.role} = (SELECT ${PROJECTION} FROM images i WHERE i.cooperative_id = $1 AND i.role = $2) WHERE id = $1`,
    [owner.cooperativeId, owner.role],
  );
}

export function ownerOf(row: { role: ImageRole; cooperative_id: string; product_id: string | null }): ImageOwner {
  return { role: row.role, cooperativeId: row.cooperative_id, productId: row.product_id ?? undefined };
}
