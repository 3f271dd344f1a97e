import type { Locale } from '../auth/user-role';
import type { MediaUrls } from '../media/media-urls';
import type { DisplayPriceView, ProductCardView, ProductView } from './dto/product.view';
import type { ProductCard, ProductRecord, PublicProduct } from './product';

/**
 * A product as its page shows it, from the entity or the public page's row (which names its
 * cooperative). `media` turns the stored images into URLs. Buyers' views (`readyOnly`) show ready
 * images only; members also see those still processing or failed.
 */
export function productView(
  p: ProductRecord | PublicProduct,
  media: MediaUrls,
  options: { displayPrice?: DisplayPriceView; readyOnly?: boolean } = {},
): ProductView {
  const { displayPrice, readyOnly = false } = options;
  return {
    id: p.id,
    cooperativeId: p.cooperativeId,
    ...('coopName' in p ? { cooperative: { id: p.cooperativeId, name: p.coopName, region: p.coopRegion, city: p.coopCity } } : {}),
    title: p.title,
    description: p.description,
    branch: p.branch,
    hsCode: p.hsCode,
    hsEdition: p.hsEdition,
    priceMinor: p.priceMinor,
    currency: p.currency,
    ...(displayPrice ? { displayPrice } : {}),
    stock: p.stock,
    sku: p.sku,
    weightGrams: p.weightGrams,
    dimensionsCm: p.dimensionsCm,
    materials: p.materials,
    images: readyOnly ? media.ready(p.images) : p.images.map((image) => media.image(image)),
    madeBy: p.madeBy,
    status: p.status,
    statusReason: p.statusReason,
    publishedAt: p.publishedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
  };
}

/** What its cooperative sees besides: units held by unpaid orders, and the stock on hand. */
export function managedView(view: ProductView, reserved: number): ProductView {
  return { ...view, reservedStock: reserved, stockOnHand: view.stock + reserved };
}

/** A listing card: the title in `locale`, or in English when the product has none in it. */
export function cardView(card: ProductCard, locale: Locale, media: MediaUrls, displayPrice?: DisplayPriceView): ProductCardView {
  const localized = card.title[locale];
  return {
    id: card.id,
    title: localized ?? card.title.en,
    lang: localized === undefined ? 'en' : locale,
    priceMinor: card.priceMinor,
    currency: card.currency,
    ...(displayPrice ? { displayPrice } : {}),
    stock: card.stock,
    thumbnail: media.cardThumbnail(card.thumbnailImage ? [card.thumbnailImage] : []),
    cooperative: { id: card.cooperativeId, name: card.coopName, region: card.coopRegion },
  };
}
