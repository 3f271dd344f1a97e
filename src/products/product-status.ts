export const PRODUCT_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'archived'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
