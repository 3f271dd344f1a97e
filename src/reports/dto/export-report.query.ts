import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Length, Matches } from 'class-validator';

export const EXPORT_GROUPINGS = ['country', 'branch', 'hsChapter', 'region', 'cooperative', 'month'] as const;
export type ExportGrouping = (typeof EXPORT_GROUPINGS)[number];

export class ExportReportQuery {
  @ApiPropertyOptional({ description: 'First day paid (UTC), default 1 January of the current year', example: '2026-01-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day paid (UTC), included; default today', example: '2026-12-31' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: EXPORT_GROUPINGS, default: 'country' })
  @IsOptional() @IsIn(EXPORT_GROUPINGS)
  groupBy: ExportGrouping = 'country';

  @ApiPropertyOptional({ description: 'Report currency (converted from MAD at the current admin rate)', default: 'MAD' })
  @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string = 'MAD';

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional() @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
