import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';

export class DimensionsDto {
  @ApiProperty({ example: 30 }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0.1) @Max(10000) length: number;
  @ApiProperty({ example: 30 }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0.1) @Max(10000) width: number;
  @ApiProperty({ example: 25 }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0.1) @Max(10000) height: number;
}
