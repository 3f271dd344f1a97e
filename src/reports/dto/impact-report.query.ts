import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalDay } from '../../common/dto/optional-day.decorator';

export class ImpactReportQuery {
  @ApiPropertyOptional({ description: 'Period of the export figures: first day paid (UTC), default 1 January of the current year' })
  @OptionalDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Last day paid (UTC), included; default today' })
  @OptionalDay()
  to?: string;
}
