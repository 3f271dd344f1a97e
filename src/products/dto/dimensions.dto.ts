import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min, ValidateBy } from 'class-validator';

/**
 * Tenths of a centimetre at most. class-validator's maxDecimalPlaces reads the decimals from the
 * number's text and throws on exponent notation (1e-7), so the check is made on the value.
 */
const InTenths = (): PropertyDecorator =>
  ValidateBy({
    name: 'inTenths',
    validator: {
      validate: (value) => typeof value === 'number' && Math.abs(Math.round(value * 10) - value * 10) < 1e-9,
      defaultMessage: (args) => `${args?.property} must have at most one decimal place`,
    },
  });

export class DimensionsDto {
  @ApiProperty({ example: 30 }) @IsNumber() @InTenths() @Min(0.1) @Max(10000) length: number;
  @ApiProperty({ example: 30 }) @IsNumber() @InTenths() @Min(0.1) @Max(10000) width: number;
  @ApiProperty({ example: 25 }) @IsNumber() @InTenths() @Min(0.1) @Max(10000) height: number;
}
