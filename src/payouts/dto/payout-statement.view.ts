import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEDGER_KINDS } from '../ledger-entry';

export class LedgerEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LEDGER_KINDS }) kind: string;
  @ApiProperty({ description: 'MAD minor units; credits positive, debits negative' }) amountMadMinor: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) orderId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reference: string | null;
  @ApiProperty() createdAt: Date;
}

export class PayoutStatementView {
  @ApiProperty({ format: 'uuid' }) cooperativeId: string;
  @ApiProperty() balanceMadMinor: number;
  @ApiProperty({ example: 'MAD' }) currency: string;
  @ApiProperty({ type: [LedgerEntryView] }) entries: LedgerEntryView[];
}
