import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Length } from 'class-validator';

export class CollectedReportQuery {
  @ApiPropertyOptional({ description: 'First day paid (UTC), default 1 January of the current year', example: '2026-01-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day paid (UTC), included; default today', example: '2026-12-31' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional() @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
