import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COVERAGES } from '../insurance-pricing';
import { INSURANCE_QUOTE_STATUSES, type InsuranceQuote } from '../insurance-quote';

export class CoverageQuoteView {
  @ApiProperty({ enum: COVERAGES }) coverage: string;
  @ApiProperty({ example: 90 }) rateBps: number;
  @ApiProperty() insuredValueMinor: number;
  @ApiProperty() premiumMinor: number;
  @ApiProperty({ example: 90, description: 'Share of a loss the insurer pays' }) indemnityPct: number;
  @ApiProperty({ description: 'How the figure was reached' }) basis: string;
}

export class QuotedItemView {
  @ApiProperty({ format: 'uuid' }) productId: string;
  @ApiProperty() quantity: number;
}

export class InsuranceQuoteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: [...INSURANCE_QUOTE_STATUSES, 'expired'],
    description: 'quoted, expired (unused past validUntil), used by an order, bound as a policy',
  })
  status: string;
  @ApiProperty() validUntil: Date;
  @ApiProperty({ example: 'US' }) destinationCountry: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'OECD class that priced the quote; null when none is on file' })
  countryRiskClass: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-01-30' }) countryRiskAsOf: string | null;
  @ApiProperty() goodsValueMinor: number;
  @ApiProperty() shippingMinor: number;
  @ApiPropertyOptional({ nullable: true, type: [QuotedItemView] }) items: QuotedItemView[] | null;
  @ApiProperty({ enum: COVERAGES, isArray: true }) coverages: string[];
  @ApiPropertyOptional({ nullable: true, type: Number }) paymentTermDays: number | null;
  @ApiProperty({ enum: ['DAP', 'DDP'] }) incoterm: string;
  @ApiPropertyOptional({ nullable: true, type: String, enum: ['standard', 'fragile'] }) goodsClass: string | null;
  @ApiProperty() insuredValueMinor: number;
  @ApiProperty() premiumMinor: number;
  @ApiProperty({ type: [CoverageQuoteView] }) breakdown: CoverageQuoteView[];
  @ApiProperty({ example: '2026-01-30' }) rateTableAsOf: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) orderId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'HIRFA-POL-000123' }) policyNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) boundAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export function toInsuranceQuoteView(quote: InsuranceQuote, now = new Date()): InsuranceQuoteView {
  return {
    id: quote.id,
    status: quote.status === 'quoted' && quote.validUntil <= now ? 'expired' : quote.status,
    validUntil: quote.validUntil,
    destinationCountry: quote.destinationCountry,
    currency: quote.currency,
    countryRiskClass: quote.riskClass,
    countryRiskAsOf: quote.countryRiskAsOf,
    goodsValueMinor: quote.goodsValueMinor,
    shippingMinor: quote.shippingMinor,
    items: quote.items,
    coverages: quote.coverages,
    paymentTermDays: quote.paymentTermDays,
    incoterm: quote.incoterm,
    goodsClass: quote.goodsClass,
    insuredValueMinor: quote.insuredValueMinor,
    premiumMinor: quote.premiumMinor,
    breakdown: quote.breakdown,
    rateTableAsOf: quote.rateTableAsOf,
    orderId: quote.orderId,
    policyNumber: quote.policyNumber,
    boundAt: quote.boundAt,
    createdAt: quote.createdAt,
  };
}
