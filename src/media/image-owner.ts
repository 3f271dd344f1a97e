import type { ClaimedImage } from './image.repository';
import type { ImageRole } from './image-status';

/** Whose image: a product's photo, or a cooperative's logo or cover. */
export interface ImageOwner {
  role: ImageRole;
  cooperativeId: string;
  /** Set exactly when role is `product`. */
  productId?: string;
}

export function ownerOf(image: Pick<ClaimedImage, 'role' | 'cooperativeId' | 'productId'>): ImageOwner {
  return { role: image.role, cooperativeId: image.cooperativeId, productId: image.productId ?? undefined };
}
