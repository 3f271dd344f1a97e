import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { PRODUCT_TITLE_MAX_LENGTH } from '../product-rules';

/** A product title in English (required), French and Arabic, each short enough for an order line. */
export class ProductTitleDto {
  @ApiProperty({ example: 'Hand-knotted Beni Ourain rug', maxLength: PRODUCT_TITLE_MAX_LENGTH })
  @IsString()
  @Length(1, PRODUCT_TITLE_MAX_LENGTH)
  en: string;

  @ApiPropertyOptional({ example: 'Tapis Beni Ouarain noué main', maxLength: PRODUCT_TITLE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, PRODUCT_TITLE_MAX_LENGTH)
  fr?: string;

  @ApiPropertyOptional({ example: 'زربية بني وراين معقودة يدويا', maxLength: PRODUCT_TITLE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, PRODUCT_TITLE_MAX_LENGTH)
  ar?: string;
}
