import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** Like LocalizedTextDto, but a draft may leave English empty until it is submitted. */
export class OptionalLocalizedTextDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 8000) en?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 8000) fr?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 8000) ar?: string;
}
