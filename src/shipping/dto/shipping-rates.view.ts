import { ApiProperty } from '@nestjs/swagger';
import { DESTINATION_ZONES } from '../../common/domain/destination-zones';
import { WeightBracketDto } from './put-shipping-rates.dto';

export class ZoneRatesView {
  @ApiProperty({ enum: DESTINATION_ZONES }) zone: string;
  @ApiProperty({ example: '2026-11-01' }) asOf: string;
  @ApiProperty({ type: [WeightBracketDto] }) brackets: WeightBracketDto[];
}
