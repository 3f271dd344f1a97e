import { ApiProperty } from '@nestjs/swagger';

export class ExportReportRow {
  @ApiProperty({ example: 'US' }) key: string;
  @ApiProperty({ example: 'United States' }) label: string;
  @ApiProperty({ description: 'Goods exported, net of refunds, in minor units of the report currency' }) valueMinor: number;
  @ApiProperty({ description: 'Paid orders with goods in this row' }) orders: number;
  @ApiProperty({ description: 'Share of the total in percent, 2 decimals; the column sums to 100' }) sharePct: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Change on the same period a year earlier, percent; null when that was 0' })
  growthPct: number | null;
}

export class ExportReportView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() groupBy: string;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Sum of the rows' }) totalMinor: number;
  @ApiProperty({ type: Number, nullable: true }) growthPct: number | null;
  @ApiProperty({ type: [ExportReportRow] }) rows: ExportReportRow[];
}
