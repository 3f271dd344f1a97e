import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** Text in English (required), French and Arabic; Arabic is stored and returned as sent. */
export class LocalizedTextDto {
  @ApiProperty({ example: 'Hand-knotted Beni Ourain rug' })
  @IsString()
  @Length(1, 4000)
  en: string;

  @ApiPropertyOptional({ example: 'Tapis Beni Ouarain noué main' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  fr?: string;

  @ApiPropertyOptional({ example: 'زربية بني وراين معقودة يدويا' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  ar?: string;
}
