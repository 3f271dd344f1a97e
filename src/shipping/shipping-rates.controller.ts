import { Body, Controller, Get, Param, ParseEnumPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { DESTINATION_ZONES } from '../common/domain/destination-zones';
import { PutShippingRatesDto } from './dto/put-shipping-rates.dto';
import { ZoneRatesView } from './dto/shipping-rates.view';
import { ShippingRatesService } from './shipping-rates.service';

const zonePipe = new ParseEnumPipe(Object.fromEntries(DESTINATION_ZONES.map((z) => [z, z])));

@ApiTags('shipping')
@Controller()
export class ShippingRatesController {
  constructor(private readonly rates: ShippingRatesService) {}

  @Get('shipping-rates')
  @ApiOperation({ summary: 'Shipping prices per destination zone and weight bracket (MAD minor units per parcel)' })
  @ApiOkResponse({ type: [ZoneRatesView] })
  list(): Promise<ZoneRatesView[]> {
    return this.rates.list();
  }

  @Put('admin/shipping-rates/:zone')
  @Auth('admin')
  @ApiOperation({ summary: "Replace a zone's weight brackets" })
  @ApiOkResponse({ type: ZoneRatesView })
  put(@Param('zone', zonePipe) zone: string, @CurrentUser() admin: AuthUser, @Body() dto: PutShippingRatesDto): Promise<ZoneRatesView> {
    return this.rates.replaceZone(admin, zone, dto);
  }
}
