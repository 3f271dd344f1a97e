import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `edition` of the nomenclature routes: the edition in force today when absent. */
export class HsEditionQuery {
  @ApiPropertyOptional({ example: 2022, description: 'HS edition (year); default: the edition in force today' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'edition must be a year like 2022' })
  @Min(1988)
  @Max(2200)
  edition?: number;
}
