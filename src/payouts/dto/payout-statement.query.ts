import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { OptionalDay } from '../../common/dto/optional-day.decorator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';

export class PayoutStatementQuery extends LimitQueryDto {
  @ApiPropertyOptional({ description: 'First day of the period (UTC), included', example: '2026-11-01' })
  @OptionalDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day of the period (UTC), included', example: '2026-11-30' })
  @OptionalDay()
  to?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  cursor?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: 'csv: every entry of the period, no paging' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
