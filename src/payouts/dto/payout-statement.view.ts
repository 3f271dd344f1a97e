import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEDGER_KINDS, type LedgerEntry } from '../ledger-entry';

export class LedgerEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LEDGER_KINDS }) kind: string;
  @ApiProperty({ description: 'MAD minor units; credits positive, debits negative' }) amountMadMinor: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) orderId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reference: string | null;
  @ApiProperty() createdAt: Date;
}

export function toLedgerEntryView(e: LedgerEntry): LedgerEntryView {
  return { id: e.id, kind: e.kind, amountMadMinor: e.amountMadMinor, orderId: e.orderId, reference: e.reference, createdAt: e.createdAt };
}

export class StatementEntryView extends LedgerEntryView {
  @ApiProperty({ description: "The cooperative's balance right after this entry, MAD minor units" })
  balanceAfterMadMinor: number;
}

export class PayoutStatementView {
  @ApiProperty({ format: 'uuid' }) cooperativeId: string;
  @ApiProperty({ description: 'Balance owed to the cooperative now, whatever the period' }) balanceMadMinor: number;
  @ApiProperty({ example: 'MAD' }) currency: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-11-01' }) from: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-11-30' }) to: string | null;
  @ApiProperty({ description: 'Balance before the first day of the period (0 without from)' }) openingBalanceMadMinor: number;
  @ApiProperty({ description: 'Balance at the end of the last day of the period (now without to)' }) closingBalanceMadMinor: number;
  @ApiProperty({ type: [StatementEntryView], description: 'Entries of the period, newest first' }) entries: StatementEntryView[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}
