import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Hirfa's short names for a code, where it has curated them. */
export class HsLabelsView {
  @ApiProperty({ example: 'Hand-knotted wool rugs (Beni Ourain, Azilal)' })
  en: string;

  @ApiPropertyOptional({ example: 'Tapis noués en laine (Beni Ouarain, Azilal)' })
  fr?: string;

  @ApiPropertyOptional({ example: 'زرابي صوفية معقودة (بني وراين، أزيلال)' })
  ar?: string;
}
