import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BRANCHES, type Branch } from '../../common/domain/branches';
import { NestedObject } from '../../common/dto/nested';
import { DimensionsDto } from './dimensions.dto';
import { OptionalLocalizedTextDto } from './optional-localized-text.dto';
import { ProductTitleDto } from './product-title.dto';

const trimAll = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class CreateProductDto {
  @ApiProperty({ type: ProductTitleDto })
  @NestedObject(() => ProductTitleDto)
  title: ProductTitleDto;

  @ApiPropertyOptional({ type: OptionalLocalizedTextDto })
  @NestedObject(() => OptionalLocalizedTextDto, { optional: true })
  description?: OptionalLocalizedTextDto;

  @ApiProperty({ enum: BRANCHES })
  @IsIn(BRANCHES, { message: `branch must be one of ${BRANCHES.join(', ')}` })
  branch: Branch;

  // Checked against the nomenclature by the service, so every bad code is the same 422 INVALID_HS_CODE.
  @ApiProperty({ example: '691200', description: '6 to 10 digits; the first 6 a subheading of HS 2022' })
  @IsString()
  @Length(1, 20)
  hsCode: string;

  @ApiProperty({ example: 45000, description: 'Price in MAD minor units (centimes)' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  priceMinor: number;

  @ApiProperty({ enum: ['MAD'], example: 'MAD', description: 'Cooperatives price in MAD' })
  @IsIn(['MAD'], { message: 'currency must be MAD: cooperatives price in dirhams' })
  currency: 'MAD';

  @ApiProperty({ minimum: 0, example: 12 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  stock: number;

  @ApiPropertyOptional({ example: 'TAG-GREEN-30' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'sku must be 1 to 64 letters, digits, dots, dashes or underscores' })
  sku?: string;

  @ApiProperty({ example: 2500 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  weightGrams: number;

  @ApiPropertyOptional({ type: DimensionsDto })
  @NestedObject(() => DimensionsDto, { optional: true })
  dimensionsCm?: DimensionsDto;

  @ApiProperty({ type: [String], example: ['clay', 'lead-free glaze'] })
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  materials: string[];

  @ApiPropertyOptional({ example: 'Fatima Ait Lahcen' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  madeBy?: string;
}
