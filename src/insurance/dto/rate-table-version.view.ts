import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InsuranceRateTable } from '../insurance-rate-table';

export class RateTableVersionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-01-30' }) asOf: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The tariff, as PUT /admin/insurance/rates takes it' })
  table: object;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'null for the seeded table' }) createdBy: string | null;
  @ApiProperty() createdAt: Date;
}

export function toRateTableVersionView(row: InsuranceRateTable): RateTableVersionView {
  return { id: row.id, asOf: row.asOf, table: row.data, createdBy: row.createdBy, createdAt: row.createdAt };
}
