import { ApiProperty } from '@nestjs/swagger';

export class ImpactFigures {
  @ApiProperty() cooperatives: number;
  @ApiProperty() members: number;
  @ApiProperty() women: number;
  @ApiProperty() youth: number;
  @ApiProperty() rural: number;
  @ApiProperty({ description: 'Women among members, percent with 2 decimals' }) womenPct: number;
  @ApiProperty() youthPct: number;
  @ApiProperty() ruralPct: number;
}

export class ImpactRow extends ImpactFigures {
  @ApiProperty({ example: 'MA-07' }) key: string;
  @ApiProperty({ example: 'Marrakech-Safi' }) label: string;
}

export class WomenLedExports {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ example: 'MAD' }) currency: string;
  @ApiProperty({ description: 'Approved cooperatives where women are more than half the members' }) cooperatives: number;
  @ApiProperty({ description: 'Their exports, on the basis of the export report' }) valueMinor: number;
  @ApiProperty({ description: 'All exports of the period' }) totalMinor: number;
  @ApiProperty() sharePct: number;
}

export class ImpactReportView {
  @ApiProperty({ type: ImpactFigures, description: 'Approved cooperatives' }) total: ImpactFigures;
  @ApiProperty({ type: [ImpactRow] }) byRegion: ImpactRow[];
  @ApiProperty({ type: [ImpactRow], description: 'A cooperative working in several branches counts in each' }) byBranch: ImpactRow[];
  @ApiProperty({ type: WomenLedExports }) womenLedExports: WomenLedExports;
}
