import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { IsPlausibleDate } from '../../common/dto/plausible-date';

export class WeightBracketDto {
  @ApiProperty({ example: 1000, description: 'Parcels up to this weight, in grams' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  maxWeightGrams: number;

  @ApiProperty({ example: 18000, description: 'Price in MAD minor units' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  priceMadMinor: number;
}

export class PutShippingRatesDto {
  @ApiProperty({ example: '2026-12-01' })
  @IsPlausibleDate()
  asOf: string;

  @ApiProperty({ type: [WeightBracketDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeightBracketDto)
  brackets: WeightBracketDto[];
}
