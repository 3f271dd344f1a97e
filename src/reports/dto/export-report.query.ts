import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { OptionalDay } from '../../common/dto/optional-day.decorator';

export const EXPORT_GROUPINGS = ['country', 'branch', 'hsChapter', 'region', 'cooperative', 'month'] as const;
export type ExportGrouping = (typeof EXPORT_GROUPINGS)[number];

export class ExportReportQuery {
  @ApiPropertyOptional({ description: 'First day paid (UTC), default 1 January of the current year', example: '2026-01-01' })
  @OptionalDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day paid (UTC), included; default today', example: '2026-12-31' })
  @OptionalDay()
  to?: string;

  @ApiPropertyOptional({ enum: EXPORT_GROUPINGS, default: 'country' })
  @IsOptional()
  @IsIn(EXPORT_GROUPINGS)
  groupBy: ExportGrouping = 'country';

  @ApiPropertyOptional({ description: 'Report currency (converted from MAD at the current admin rate)', default: 'MAD' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string = 'MAD';

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
