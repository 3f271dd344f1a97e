import { ApiProperty } from '@nestjs/swagger';

export class ExchangeRateView {
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ example: '10.8532' }) madPerUnit: string;
  @ApiProperty({ example: '2026-11-29' }) asOf: string;
  @ApiProperty() updatedAt: Date;
}
