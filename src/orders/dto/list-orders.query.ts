import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';
import { ORDER_STATUSES, type OrderStatus } from '../order-state';

export class ListOrdersQuery extends LimitQueryDto {
  @ApiPropertyOptional({ enum: ORDER_STATUSES }) @IsOptional() @IsIn(ORDER_STATUSES) status?: OrderStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) cursor?: string;
}
