import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { OptionalDay } from '../../common/dto/optional-day.decorator';

export class CollectedReportQuery {
  @ApiPropertyOptional({ description: 'First day paid (UTC), default 1 January of the current year', example: '2026-01-01' })
  @OptionalDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day paid (UTC), included; default today', example: '2026-12-31' })
  @OptionalDay()
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
