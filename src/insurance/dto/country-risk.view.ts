import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { pricingRiskClass } from '../country-risk';
import type { CountryRiskRating } from '../country-risk-rating';

export class CountryRiskView {
  @ApiProperty({ example: 'TR' }) iso2: string;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 0,
    maximum: 7,
    description: 'OECD class; null: high-income, not classified',
  })
  riskClass: number | null;
  @ApiProperty({ minimum: 0, maximum: 7, description: 'The class cover is priced at (unclassified: 0)' }) pricedAsClass: number;
  @ApiProperty({ example: '2026-01-30' }) asOf: string;
  @ApiProperty() updatedAt: Date;
}

export function toCountryRiskView(row: CountryRiskRating): CountryRiskView {
  return {
    iso2: row.iso2,
    riskClass: row.riskClass,
    pricedAsClass: pricingRiskClass(row),
    asOf: row.asOf,
    updatedAt: row.updatedAt,
  };
}
