import type { Lifecycle } from '../common/domain/lifecycle';
import type { ProductStatus } from './product-status';

/** One limit for a title wherever it is kept: the product, and the order lines that copy it. */
export const PRODUCT_TITLE_MAX_LENGTH = 300;

export const PRODUCT_ACTIONS = ['submit', 'approve', 'reject', 'archive'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];

/** A change of customs fields (CUSTOMS_FIELDS) on a published product, which a customs officer relies on. */
export type ProductEvent = ProductAction | 'customs_change';

/** Moderation: draft → pending_review → published | rejected; published → archived, or back to review. */
export const PRODUCT_LIFECYCLE: Lifecycle<ProductStatus, ProductEvent> = {
  subject: 'product',
  eventKey: 'action',
  table: {
    // A rejected product comes back through review once its members have fixed it.
    draft: { submit: 'pending_review' },
    pending_review: { approve: 'published', reject: 'rejected' },
    published: { archive: 'archived', customs_change: 'pending_review' },
    rejected: { submit: 'pending_review' },
    archived: {},
  },
};

export interface ProductContent {
  title: { en?: string };
  description: { en?: string };
  hsCode: string | null;
  priceMinor: number;
  weightGrams: number;
  materials: string[];
  images: { status: string }[];
}

/** What a product needs before review: everything a buyer and a customs officer will read. */
export function completenessProblems(p: ProductContent): string[] {
  const problems: string[] = [];
  if (!p.title.en?.trim()) problems.push('an English title');
  if (!p.description.en?.trim()) problems.push('an English description');
  if (!p.hsCode) problems.push('an HS code');
  if (!(p.priceMinor > 0)) problems.push('a price above zero');
  if (!(p.weightGrams > 0)) problems.push('a weight');
  if (p.materials.length === 0) problems.push('at least one material');
  if (!p.images.some((image) => image.status === 'ready')) problems.push('at least one processed photo');
  return problems;
}

/** Fields a customs declaration relies on: changing them on a published product needs a new review. */
export const CUSTOMS_FIELDS = ['hsCode', 'weightGrams', 'materials', 'branch'] as const;

export function changesCustomsFields(before: Record<string, unknown>, changes: Record<string, unknown>): boolean {
  return CUSTOMS_FIELDS.some((field) => field in changes && JSON.stringify(changes[field]) !== JSON.stringify(before[field]));
}
