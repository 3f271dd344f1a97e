import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, NotEquals } from 'class-validator';
import { CreateProductDto } from './create-product.dto';

/**
 * Any subset of the fields; changing customs fields of a published product sends it back to review.
 * Stock changes by `stockDelta`, or is set with `stock` only together with the version read (in
 * `version` or an If-Match header), so a reservation made meanwhile is never overwritten.
 */
export class UpdateProductDto extends PartialType(CreateProductDto) {
  @ApiPropertyOptional({ example: 3, description: 'Units added to (or, negative, taken from) the available stock' })
  @IsOptional()
  @IsInt()
  @NotEquals(0)
  @Min(-1_000_000)
  @Max(1_000_000)
  stockDelta?: number;

  @ApiPropertyOptional({ example: 7, description: 'The product version this edit is based on; 409 VERSION_CONFLICT if it changed' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
