import { Body, Controller, Get, Param, ParseEnumPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CATALOG_CACHE, PublicCache } from '../common/http/public-cache.decorator';
import { CURRENCY_CODES } from '../common/money';
import { ExchangeRateView } from './dto/exchange-rate.view';
import { PutExchangeRateDto } from './dto/put-exchange-rate.dto';
import { ExchangeRatesService } from './exchange-rates.service';

const currencyPipe = new ParseEnumPipe(Object.fromEntries(CURRENCY_CODES.map((c) => [c, c])));

@ApiTags('exchange rates')
@Controller()
export class ExchangeRatesController {
  constructor(private readonly rates: ExchangeRatesService) {}

  @Get('exchange-rates')
  @PublicCache(CATALOG_CACHE)
  @ApiOperation({ summary: 'Current MAD rates used for display prices and order totals' })
  @ApiOkResponse({ type: [ExchangeRateView] })
  list(): Promise<ExchangeRateView[]> {
    return this.rates.list();
  }

  @Put('admin/exchange-rates/:currency')
  @Auth('admin')
  @ApiOperation({ summary: 'Set the MAD rate of a currency (decimal string, as of a date)' })
  @ApiOkResponse({ type: ExchangeRateView })
  put(@Param('currency', currencyPipe) currency: string, @CurrentUser() admin: AuthUser, @Body() dto: PutExchangeRateDto): Promise<ExchangeRateView> {
    return this.rates.put(admin, currency, dto);
  }
}
