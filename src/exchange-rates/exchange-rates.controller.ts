import { Body, Controller, Get, Headers, Param, ParseEnumPipe, Put, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CATALOG_CACHE, cachePublicly } from '../common/http/public-cache';
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
  @ApiOperation({ summary: 'Current MAD rates used for display prices and order totals' })
  @ApiOkResponse({ type: [ExchangeRateView] })
  async list(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ExchangeRateView[]> {
    const rates = await this.rates.list();
    cachePublicly(res, authorization, CATALOG_CACHE);
    return rates;
  }

  @Put('admin/exchange-rates/:currency')
  @Auth('admin')
  @ApiOperation({ summary: 'Set the MAD rate of a currency (decimal string, as of a date)' })
  @ApiOkResponse({ type: ExchangeRateView })
  put(
    @Param('currency', currencyPipe) currency: string,
    @CurrentUser() admin: AuthUser,
    @Body() dto: PutExchangeRateDto,
  ): Promise<ExchangeRateView> {
    return this.rates.put(admin, currency, dto);
  }
}
