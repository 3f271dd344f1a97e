import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';

export const HS_REVIEW_STATES = ['open', 'chosen', 'all'] as const;
export type HsReviewState = (typeof HS_REVIEW_STATES)[number];

export class HsReviewQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: HS_REVIEW_STATES, default: 'open', description: 'open: no code picked yet; chosen: picked' })
  @IsOptional()
  @IsIn(HS_REVIEW_STATES)
  state: HsReviewState = 'open';
}

export class AdminHsReviewQuery extends HsReviewQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cooperativeId?: string;
}
