import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsObject, Max, Min } from 'class-validator';
import { IsPlausibleDate } from '../../common/dto/plausible-date';

/** A whole tariff (the shape of RateTable); the service checks the nested rates field by field. */
export class PublishRateTableDto {
  @ApiProperty({ example: '2026-07-01', description: 'Applies to quotes from this date (UTC) on' })
  @IsPlausibleDate()
  asOf: string;

  @ApiProperty({ example: 100000000, description: 'No cover above this goods value per shipment (MAD minor units)' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  goodsValueCeilingMadMinor: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      '{ insuredPctOfCif, baseRateBps{standard, fragile}, zoneLoadingBps{EU, EUROPE_OTHER, NORTH_AMERICA, MIDDLE_EAST, AFRICA, ASIA_PACIFIC, LATAM}, minimumPremiumMadMinor }',
  })
  @IsObject()
  transit: Record<string, unknown>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '{ termBands[{ maxDays, rateBps{"0"…"7": bps or null} }], indemnityPct }',
  })
  @IsObject()
  credit: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: '{ rateBps{"0"…"7": bps or null}, indemnityPct }' })
  @IsObject()
  political: Record<string, unknown>;
}
