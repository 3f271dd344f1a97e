import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { type Locale, LOCALES } from '../../auth/user-role';
import { BRANCHES } from '../../common/domain/branches';
import { ImageView, ThumbnailView } from '../../media/dto/image.view';
import type { MediaUrls } from '../../media/media-urls';
import type { ProductCard, ProductRecord, PublicProduct } from '../product';
import { PRODUCT_STATUSES } from '../product-status';
import { DimensionsDto } from './dimensions.dto';
import { OptionalLocalizedTextDto } from './optional-localized-text.dto';
import { ProductTitleDto } from './product-title.dto';

export class MoneyView {
  @ApiProperty({ example: 45000 }) amountMinor: number;
  @ApiProperty({ example: 'MAD' }) currency: string;
}

export class DisplayPriceView extends MoneyView {
  @ApiProperty({ example: '10.85000000', description: 'MAD per unit of the display currency' }) madPerUnit: string;
  @ApiProperty({ example: '2026-11-01' }) asOf: string;
}

export class ProductCooperativeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'MA-07' }) region: string;
  @ApiProperty() city: string;
}

export class ProductView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cooperativeId: string;
  @ApiPropertyOptional({ type: ProductCooperativeView }) cooperative?: ProductCooperativeView;
  @ApiProperty({ type: ProductTitleDto }) title: ProductTitleDto;
  @ApiProperty({ type: OptionalLocalizedTextDto }) description: OptionalLocalizedTextDto;
  @ApiProperty({ enum: BRANCHES }) branch: string;
  @ApiPropertyOptional({ nullable: true, type: String }) hsCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, example: 2022, description: 'The HS edition hsCode belongs to' })
  hsEdition: number | null;
  @ApiProperty({ example: 45000 }) priceMinor: number;
  @ApiProperty({ example: 'MAD' }) currency: string;
  @ApiPropertyOptional({ type: DisplayPriceView, description: 'The price in the requested currency' }) displayPrice?: DisplayPriceView;
  @ApiProperty({ description: 'Available to order' }) stock: number;
  @ApiPropertyOptional({ description: 'Units held by unpaid orders (its cooperative and admins only)' }) reservedStock?: number;
  @ApiPropertyOptional({ description: 'stock + reservedStock: what the cooperative has on hand (its cooperative and admins only)' })
  stockOnHand?: number;
  @ApiPropertyOptional({ nullable: true, type: String }) sku: string | null;
  @ApiProperty() weightGrams: number;
  @ApiPropertyOptional({ type: DimensionsDto, nullable: true }) dimensionsCm: DimensionsDto | null;
  @ApiProperty({ type: [String] }) materials: string[];
  @ApiProperty({ type: [ImageView], description: 'In display order; buyers see ready ones only' }) images: ImageView[];
  @ApiPropertyOptional({ nullable: true, type: String }) madeBy: string | null;
  @ApiProperty({ enum: PRODUCT_STATUSES }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) statusReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ description: 'Changes with every edit and stock movement; send it as If-Match or version to set stock' })
  version: number;
}

export class ProductCardCooperativeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'MA-07' }) region: string;
}

/** What a list or search page shows of a product; the product page has the rest. */
export class ProductCardView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: "In the client's language (`lang`, else Accept-Language), English when missing" }) title: string;
  @ApiProperty({ enum: LOCALES, description: 'The language `title` is in' }) lang: string;
  @ApiProperty({ example: 45000 }) priceMinor: number;
  @ApiProperty({ example: 'MAD' }) currency: string;
  @ApiPropertyOptional({ type: DisplayPriceView, description: 'The price in the requested currency' }) displayPrice?: DisplayPriceView;
  @ApiProperty() stock: number;
  @ApiPropertyOptional({ nullable: true, type: ThumbnailView, description: 'The first ready image, small' })
  thumbnail: ThumbnailView | null;
  @ApiProperty({ type: ProductCardCooperativeView }) cooperative: ProductCardCooperativeView;
}

@ApiExtraModels(ProductCardView, ProductView)
export class ProductListPage {
  @ApiProperty({
    description: 'Cards (`view=card`, the default) or full products (`view=full`)',
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(ProductCardView) }, { $ref: getSchemaPath(ProductView) }] },
  })
  items: (ProductCardView | ProductView)[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}

/**
 * A product as its page shows it, from the entity or the public page's row (which names its
 * cooperative). `media` turns the stored images into URLs. Buyers' views (`readyOnly`) show ready
 * images only; members also see those still processing or failed.
 */
export function toProductView(
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
export function toProductCardView(card: ProductCard, locale: Locale, media: MediaUrls, displayPrice?: DisplayPriceView): ProductCardView {
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
