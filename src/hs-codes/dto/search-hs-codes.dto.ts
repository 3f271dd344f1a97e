import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';

export class SearchHsCodesDto extends LimitQueryDto {
  @ApiPropertyOptional({ example: 'tapis', description: 'A code prefix ("5702", "6912.00") or words in English, French or Arabic' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '57', description: 'Only subheadings of this 2-digit chapter' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'chapter must be 2 digits' })
  chapter?: string;

  @ApiPropertyOptional({ example: 2022, description: 'HS edition (year); default: the edition in force today' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'edition must be a year like 2022' })
  @Min(1988)
  @Max(2200)
  edition?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cursor?: string;
}
