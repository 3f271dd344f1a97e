import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';
import { HsEditionQuery } from './hs-edition.query';

/** A page of the nomenclature search, in an edition (HsEditionQuery's `edition`). */
export class SearchHsCodesDto extends IntersectionType(LimitQueryDto, HsEditionQuery) {
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

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cursor?: string;
}
