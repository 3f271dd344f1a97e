import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LandedCostRule } from '../landed-cost-rule';
import type { LandedCostRuleSet } from '../landed-cost-rule-set';

export class RuleSetView {
  @ApiProperty({ example: 'FR' }) destination: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      'Dated rules: { kind: duty|surcharge|vat|fixed, id, version, effectiveFrom, effectiveTo, sunset?, status, legalBasis, source, … }',
  })
  rules: LandedCostRule[];
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'null for the seeded rules' }) createdBy: string | null;
  @ApiProperty() createdAt: Date;
}

export function toRuleSetView(row: LandedCostRuleSet): RuleSetView {
  return { destination: row.destination, version: row.version, rules: row.rules, createdBy: row.createdBy, createdAt: row.createdAt };
}
