import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { BRANCHES, type Branch } from '../../common/domain/branches';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';
import { REGION_CODES, type RegionCode } from '../../common/domain/regions';
import { LOCALES, type Locale } from '../../auth/user-role';

export const CATALOG_VIEWS = ['card', 'full'] as const;
export type CatalogView = (typeof CATALOG_VIEWS)[number];

export const PRODUCT_SORTS = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** The order of a catalog page that asks for none: best matches first for a search, else newest. */
export function defaultSort(q: string | undefined): ProductSort {
  return q ? 'relevance' : 'newest';
}

export class ListProductsQuery extends LimitQueryDto {
  @ApiPropertyOptional({ description: 'Full text in Arabic, French or English; typo-tolerant' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ enum: BRANCHES }) @IsOptional() @IsIn(BRANCHES) branch?: Branch;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cooperativeId?: string;
  @ApiPropertyOptional({ enum: REGION_CODES }) @IsOptional() @IsIn(REGION_CODES) region?: RegionCode;

  @ApiPropertyOptional({ example: '69', description: 'Two-digit HS chapter' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'hsChapter must be two digits' })
  hsChapter?: string;

  @ApiPropertyOptional({ description: 'Minimum price, in minor units of `currency` (MAD by default)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  minPrice?: number;

  @ApiPropertyOptional({ description: 'Maximum price, in minor units of `currency` (MAD by default)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  maxPrice?: number;

  @ApiPropertyOptional({ example: 'EUR', description: 'Show prices (and read price filters) in this currency' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency?: string;

  @ApiPropertyOptional({ enum: PRODUCT_SORTS, description: 'Default: relevance with q, newest without' })
  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort?: ProductSort;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) cursor?: string;

  @ApiPropertyOptional({
    enum: CATALOG_VIEWS,
    description: 'card (default): title in one language, price, thumbnail, cooperative; full: every field',
  })
  @IsOptional()
  @IsIn(CATALOG_VIEWS)
  view?: CatalogView;

  @ApiPropertyOptional({ enum: LOCALES, description: 'Language of card titles (default: Accept-Language) and of the search words' })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
