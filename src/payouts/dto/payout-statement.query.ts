import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';

export class PayoutStatementQuery extends LimitQueryDto {
  @ApiPropertyOptional({ description: 'First day of the period (UTC), included', example: '2026-11-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Last day of the period (UTC), included', example: '2026-11-30' })
  @IsOptional() @IsISO8601({ strict: true }) @Length(10, 10, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional() @IsString() @Length(1, 500)
  cursor?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: 'csv: every entry of the period, no paging' })
  @IsOptional() @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}
