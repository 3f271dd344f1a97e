import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PRODUCT_STATUSES, type ProductStatus } from '../product-status';

export class ModerationQuery {
  @ApiPropertyOptional({ enum: PRODUCT_STATUSES, default: 'pending_review' })
  @IsOptional()
  @IsIn(PRODUCT_STATUSES)
  status: ProductStatus = 'pending_review';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;
}
