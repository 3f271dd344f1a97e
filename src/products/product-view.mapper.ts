import type { Locale } from '../auth/user-role';
import type { MediaUrls } from '../media/media-urls';
import type { StoredImage } from '../media/stored-image';
import type { CatalogRow } from './catalog-query';
import type { DisplayPriceView, ProductCardView, ProductView } from './dto/product.view';
import type { Product } from './product';

/** Rows from the catalog's raw SQL (snake_case) or entities (camelCase) become the same view. */
export interface ProductRow {
  id: string;
  cooperative_id: string;
  title: ProductView['title'];
  description: ProductView['description'];
  branch: string;
  hs_code: string | null;
  hs_edition: number | null;
  price_minor: number;
  currency: string;
  stock: number;
  sku: string | null;
  weight_grams: number;
  dimensions_cm: ProductView['dimensionsCm'];
  materials: string[];
  images: StoredImage[];
  made_by: string | null;
  status: string;
  status_reason: string | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  coop_name?: string;
  coop_region?: string;
  coop_city?: string;
}

/**
 * `media` turns the stored images into URLs. Buyers' views (`readyOnly`) show ready images only;
 * members also see those still processing or failed.
 */
export function viewFromRow(row: ProductRow, media: MediaUrls, options: { displayPrice?: DisplayPriceView; readyOnly?: boolean } = {}): ProductView {
  const { displayPrice, readyOnly = false } = options;
  return {
    id: row.id,
    cooperativeId: row.cooperative_id,
    ...(row.coop_name !== undefined
      ? { cooperative: { id: row.cooperative_id, name: row.coop_name, region: row.coop_region!, city: row.coop_city! } }
      : {}),
    title: row.title,
    description: row.description,
    branch: row.branch,
    hsCode: row.hs_code,
    hsEdition: row.hs_edition,
    priceMinor: row.price_minor,
    currency: row.currency,
    ...(displayPrice ? { displayPrice } : {}),
    stock: row.stock,
    sku: row.sku,
    weightGrams: row.weight_grams,
    dimensionsCm: row.dimensions_cm,
    materials: row.materials,
    images: readyOnly ? media.ready(row.images) : row.images.map((image) => media.image(image)),
    madeBy: row.made_by,
    status: row.status,
    statusReason: row.status_reason,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** What its cooperative sees besides: units held by unpaid orders, and the stock on hand. */
export function managedView(view: ProductView, reserved: number): ProductView {
  return { ...view, reservedStock: reserved, stockOnHand: view.stock + reserved };
}

export function viewFromEntity(p: Product, media: MediaUrls): ProductView {
  return viewFromRow({
    id: p.id,
    cooperative_id: p.cooperativeId,
    title: p.title,
    description: p.description,
    branch: p.branch,
    hs_code: p.hsCode,
    hs_edition: p.hsEdition,
    price_minor: p.priceMinor,
    currency: p.currency,
    stock: p.stock,
    sku: p.sku,
    weight_grams: p.weightGrams,
    dimensions_cm: p.dimensionsCm,
    materials: p.materials,
    images: p.images,
    made_by: p.madeBy,
    status: p.status,
    status_reason: p.statusReason,
    published_at: p.publishedAt,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    version: p.version,
  }, media);
}

/** A listing card: the title in `locale`, or in English when the product has none in it. */
export function cardFromRow(row: CatalogRow, locale: Locale, media: MediaUrls, displayPrice?: DisplayPriceView): ProductCardView {
  const localized = row.title[locale];
  return {
    id: row.id,
    title: localized ?? row.title.en,
    lang: localized === undefined ? 'en' : locale,
    priceMinor: row.price_minor,
    currency: row.currency,
    ...(displayPrice ? { displayPrice } : {}),
    stock: row.stock,
    thumbnail: media.cardThumbnail(row.thumbnail_image ? [row.thumbnail_image] : []),
    cooperative: { id: row.cooperative_id, name: row.coop_name, region: row.coop_region },
  };
}
