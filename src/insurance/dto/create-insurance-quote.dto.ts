import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Omittable } from '../../common/dto/nested';
import { OrderItemDto } from '../../orders/dto/create-order.dto';
import { Coverage, COVERAGES } from '../insurance-pricing';

const upper = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** Exactly one of `items` and `goodsValueMinor` (checked by the service, which says which is missing). */
export class CreateInsuranceQuoteDto {
  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2; Morocco is not an export destination' })
  @Transform(upper)
  @IsISO31661Alpha2({ message: 'destinationCountry must be an ISO 3166-1 alpha-2 code such as US' })
  destinationCountry: string;

  @ApiProperty({ example: 'EUR' })
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiPropertyOptional({ type: [OrderItemDto], description: 'The goods, priced from the catalog with shipping as an order would be' })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrderItemDto)
  items?: OrderItemDto[];

  @ApiPropertyOptional({
    minimum: 1,
    example: 250000,
    description: 'Goods value in minor units of `currency`, instead of items: no freight, priced as fragile goods',
  })
  @Omittable()
  @IsInt({ message: 'goodsValueMinor must be a whole number of minor units' })
  @Min(1)
  @Max(1_000_000_000_000)
  goodsValueMinor?: number;

  @ApiProperty({ enum: COVERAGES, isArray: true, example: ['transit'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'ask for at least one coverage' })
  @ArrayUnique({ message: 'a coverage is listed twice' })
  @IsIn(COVERAGES, { each: true })
  coverages: Coverage[];

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 3650,
    example: 60,
    description: 'Days between shipment and payment; needed for credit cover',
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(3650)
  paymentTermDays?: number;

  @ApiPropertyOptional({ enum: ['DAP', 'DDP'], default: 'DAP' })
  @IsOptional()
  @IsIn(['DAP', 'DDP'])
  incoterm?: 'DAP' | 'DDP';
}
