import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NestedObject } from '../../common/dto/nested';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class OrderItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  productId: string;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 1 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be at least 1' })
  @Max(1000)
  quantity: number;
}

export class ShippingAddressDto {
  @ApiProperty({ example: 'Emma Johnson' }) @Transform(trim) @IsString() @Length(1, 120) name: string;
  @ApiProperty({ example: '12 Orchard Street' }) @Transform(trim) @IsString() @Length(1, 200) line1: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 200) line2?: string;
  @ApiProperty({ example: 'Portland' }) @Transform(trim) @IsString() @Length(1, 100) city: string;
  @ApiProperty({ example: '97205' }) @Transform(trim) @IsString() @Length(1, 20) postalCode: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2; Morocco is not an export destination' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as US' })
  country: string;

  @ApiPropertyOptional({ example: '+15035550100' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,32}$/, { message: 'phone must be a phone number' })
  phone?: string;
}

export class CreateOrderDto {
  @ApiProperty({ type: [OrderItemDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'an order needs at least one item' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrderItemDto)
  items: OrderItemDto[];

  @ApiProperty({ example: 'EUR', description: 'The currency the buyer pays in' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiProperty({ type: ShippingAddressDto })
  @NestedObject(() => ShippingAddressDto)
  shippingAddress: ShippingAddressDto;

  @ApiPropertyOptional({ enum: ['DAP', 'DDP'], default: 'DAP' })
  @IsOptional()
  @IsIn(['DAP', 'DDP'])
  incoterm?: 'DAP' | 'DDP';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  insuranceQuoteId?: string;

  @ApiProperty({ enum: ['card', 'bank_transfer'] })
  @IsIn(['card', 'bank_transfer'])
  paymentMethod: 'card' | 'bank_transfer';
}
