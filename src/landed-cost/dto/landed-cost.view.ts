import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LandedChargeView {
  @ApiProperty({ enum: ['duty', 'vat', 'fee'] }) kind: 'duty' | 'vat' | 'fee';
  @ApiProperty({ example: 2700 }) amountMinor: number;
  @ApiProperty({ enum: ['checkout', 'door'] }) collectedAt: 'checkout' | 'door';
  @ApiProperty({ example: 'VAT 20 % on the sale price EUR 13500, charged by the marketplace under IOSS' }) basis: string;
  @ApiProperty({ example: 'FR-vat' }) ruleId: string;
  @ApiProperty({ example: 1 }) ruleVersion: number;
}

export class UnknownChargeView {
  @ApiPropertyOptional({ nullable: true, type: String }) ruleId: string | null;
  @ApiProperty({ enum: ['duty', 'vat', 'fee', 'destination'] }) kind: string;
  @ApiProperty() reason: string;
}

export class LandedCostView {
  @ApiProperty({ example: 'FR' }) destination: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ enum: ['DAP', 'DDP'] }) incoterm: 'DAP' | 'DDP';
  @ApiProperty({ example: '2026-12-05', description: 'The day the rules were read for' }) asOf: string;
  @ApiProperty({ type: [LandedChargeView] }) charges: LandedChargeView[];
  @ApiProperty({ description: 'Collected by Hirfa with the order (DDP, IOSS, UK scheme)' }) atCheckoutMinor: number;
  @ApiProperty({ description: 'Estimated to be paid by the buyer on delivery' }) atDoorMinor: number;
  @ApiProperty({ type: [UnknownChargeView], description: 'What could not be estimated, and why' }) unknown: UnknownChargeView[];
  @ApiPropertyOptional({ nullable: true, type: Object, description: '{ scheme, proof }: the preferential origin the goods enter under' })
  preference: { scheme: string; proof: string } | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'IOSS or the UK scheme when VAT is collected at checkout' })
  vatScheme: string | null;
}
