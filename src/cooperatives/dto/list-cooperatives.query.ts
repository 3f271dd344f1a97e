import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { BRANCHES, type Branch } from '../../common/domain/branches';
import { REGION_CODES, type RegionCode } from '../../common/domain/regions';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { COOPERATIVE_STATUSES, type CooperativeStatus } from '../cooperative-status';

export class ListCooperativesQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  region?: RegionCode;

  @ApiPropertyOptional({ enum: BRANCHES })
  @IsOptional()
  @IsIn(BRANCHES)
  branch?: Branch;

  @ApiPropertyOptional({ description: 'Text in the name, city or description' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: COOPERATIVE_STATUSES, description: 'Admins only; others always see approved' })
  @IsOptional()
  @IsIn(COOPERATIVE_STATUSES)
  status?: CooperativeStatus;
}
