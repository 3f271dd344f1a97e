import { ApiProperty } from '@nestjs/swagger';
import { formatRate, parseRate } from '../../common/money';
import type { ExchangeRate } from '../exchange-rate';

export class ExchangeRateView {
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ example: '10.8532' }) madPerUnit: string;
  @ApiProperty({ example: '2026-11-29' }) asOf: string;
  @ApiProperty() updatedAt: Date;
}

export function toExchangeRateView(row: ExchangeRate): ExchangeRateView {
  return { currency: row.currency, madPerUnit: formatRate(parseRate(row.madPerUnit)), asOf: row.asOf, updatedAt: row.updatedAt };
}
