import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OrderItemDto } from '../../orders/dto/create-order.dto';

export class LandedCostLineDto {
  @ApiProperty({ example: '570110' })
  @Matches(/^\d{6}$/, { message: 'hsCode must be 6 digits' })
  hsCode: string;

  @ApiProperty({ example: 'MA' })
  @IsISO31661Alpha2()
  originCountry: string;

  @ApiProperty({ example: 12000, description: 'The line value in the request currency (minor units)' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  valueMinor: number;
}

const upper = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** Either catalog items (valued and shipped as an order would be) or bare lines. */
export class LandedCostEstimateDto {
  @ApiProperty({ example: 'FR' })
  @Transform(upper)
  @IsISO31661Alpha2({ message: 'destinationCountry must be an ISO 3166-1 alpha-2 code such as FR' })
  destinationCountry: string;

  @ApiPropertyOptional({ example: '75011', description: "Reads provincial rates where they differ (Canada's HST)" })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  postalCode?: string;

  @ApiProperty({ example: 'EUR' })
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiPropertyOptional({ type: [OrderItemDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrderItemDto)
  items?: OrderItemDto[];

  @ApiPropertyOptional({ type: [LandedCostLineDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LandedCostLineDto)
  lines?: LandedCostLineDto[];

  @ApiPropertyOptional({ description: 'Shipping and insurance in the request currency, with lines (items compute shipping)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  shippingMinor?: number;

  @ApiPropertyOptional({ enum: ['DAP', 'DDP'], default: 'DAP' })
  @IsOptional()
  @IsIn(['DAP', 'DDP'])
  incoterm?: 'DAP' | 'DDP';

  @ApiPropertyOptional({ default: true, description: 'Claim preferential origin (the US FTA is claimed by the importer)' })
  @IsOptional()
  @IsBoolean()
  claimPreference?: boolean;
}
