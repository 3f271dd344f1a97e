import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray } from 'class-validator';
import type { LandedCostRule } from '../landed-cost-rule';

/** A destination's whole rule set; the service checks each rule field by field. */
export class PutRuleSetDto {
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  @IsArray()
  @ArrayMaxSize(200)
  rules: LandedCostRule[];
}
