import { ApiProperty } from '@nestjs/swagger';

export class CollectedRow {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ example: 'FR' }) destination: string;
  @ApiProperty({ example: 'EUR', description: 'The orders’ currency: amounts are declared as charged' }) currency: string;
  @ApiProperty({ enum: ['vat', 'duty', 'fee'] }) kind: string;
  @ApiProperty({ example: 'IOSS', description: 'IOSS, the UK scheme, or DDP for what Hirfa prepaid for the buyer' }) scheme: string;
  @ApiProperty({ description: 'Collected at checkout' }) amountMinor: number;
  @ApiProperty({ description: 'The share of it partial refunds gave back (each charge loses refunded × charge / order total)' })
  refundedMinor: number;
  @ApiProperty({ description: 'amountMinor − refundedMinor: what is kept, to declare' }) netMinor: number;
  @ApiProperty() orders: number;
}

export class CollectedReportView {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ type: [CollectedRow] }) rows: CollectedRow[];
}
