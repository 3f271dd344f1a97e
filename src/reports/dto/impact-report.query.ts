import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Length } from 'class-validator';

export class ImpactReportQuery {
  @ApiPropertyOptional({ description: 'Period of the export figures: first day paid (UTC), default 1 January of the current year' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day paid (UTC), included; default today' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}
