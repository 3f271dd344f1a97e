import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { LOCALES } from '../../auth/user-role';
import { BRANCHES } from '../../common/domain/branches';
import { ImageView, ThumbnailView } from '../../media/dto/image.view';
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
  @ApiProperty({ description: 'In the client\'s language (`lang`, else Accept-Language), English when missing' }) title: string;
  @ApiProperty({ enum: LOCALES, description: 'The language `title` is in' }) lang: string;
  @ApiProperty({ example: 45000 }) priceMinor: number;
  @ApiProperty({ example: 'MAD' }) currency: string;
  @ApiPropertyOptional({ type: DisplayPriceView, description: 'The price in the requested currency' }) displayPrice?: DisplayPriceView;
  @ApiProperty() stock: number;
  @ApiPropertyOptional({ nullable: true, type: ThumbnailView, description: 'The first ready image, small' }) thumbnail: ThumbnailView | null;
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
