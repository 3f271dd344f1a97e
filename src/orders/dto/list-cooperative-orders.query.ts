import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';
import { COOPERATIVE_ORDER_STATUSES, type CooperativeOrderStatus } from '../order-state';

/** A cooperative's parts of orders: filtered by the part's own status (shipped, delivered…). */
export class ListCooperativeOrdersQuery extends LimitQueryDto {
  @ApiPropertyOptional({ enum: COOPERATIVE_ORDER_STATUSES, description: "The cooperative part's status" })
  @IsOptional()
  @IsIn(COOPERATIVE_ORDER_STATUSES)
  status?: CooperativeOrderStatus;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) cursor?: string;
}
