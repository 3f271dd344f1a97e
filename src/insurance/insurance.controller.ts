import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { CountryRisksService } from './country-risks.service';
import { CountryRiskView } from './dto/country-risk.view';
import { CreateInsuranceQuoteDto } from './dto/create-insurance-quote.dto';
import { InsuranceQuoteView } from './dto/insurance-quote.view';
import { PublishRateTableDto } from './dto/publish-rate-table.dto';
import { PutCountryRiskDto } from './dto/put-country-risk.dto';
import { RateTableVersionView } from './dto/rate-table-version.view';
import { InsuranceQuotesService } from './insurance-quotes.service';
import { InsuranceRatesService } from './insurance-rates.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('insurance')
@Controller()
export class InsuranceController {
  constructor(
    private readonly quotes: InsuranceQuotesService,
    private readonly countryRisks: CountryRisksService,
    private readonly tariffs: InsuranceRatesService,
  ) {}

  @Post('insurance/quotes')
  @Auth('buyer', 'artisan')
  @ApiOperation({ summary: 'Quote transit, credit and political cover for goods (items or a value) to a destination; valid 7 days' })
  @ApiCreatedResponse({ type: InsuranceQuoteView })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'COVER_DECLINED with the reason in message and details.code; INVALID_DESTINATION, PRODUCT_UNAVAILABLE…',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInsuranceQuoteDto): Promise<InsuranceQuoteView> {
    return this.quotes.create(user, dto);
  }

  @Get('insurance/quotes/:id')
  @Auth('buyer', 'artisan', 'admin')
  @ApiOperation({ summary: 'A quote (its requester or an admin), with the policy number once bound' })
  @ApiOkResponse({ type: InsuranceQuoteView })
  get(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser): Promise<InsuranceQuoteView> {
    return this.quotes.get(id, user);
  }

  @Get('insurance/country-risks')
  @ApiOperation({ summary: 'OECD country risk classes that price credit and political cover, with their as-of dates' })
  @ApiOkResponse({ type: [CountryRiskView] })
  listCountryRisks(): Promise<CountryRiskView[]> {
    return this.countryRisks.list();
  }

  @Put('admin/country-risks/:iso2')
  @Auth('admin')
  @ApiOperation({ summary: "Set a country's risk class as of a date (audited); existing quotes keep their price" })
  @ApiOkResponse({ type: CountryRiskView })
  putCountryRisk(@Param('iso2') iso2: string, @CurrentUser() admin: AuthUser, @Body() dto: PutCountryRiskDto): Promise<CountryRiskView> {
    return this.countryRisks.put(admin, iso2, dto);
  }

  @Get('admin/insurance/rates')
  @Auth('admin')
  @ApiOperation({ summary: 'The insurance rate table in force' })
  @ApiOkResponse({ type: RateTableVersionView })
  currentRates(): Promise<RateTableVersionView> {
    return this.tariffs.current();
  }

  @Put('admin/insurance/rates')
  @Auth('admin')
  @ApiOperation({ summary: 'Publish a new rate table version as of a date (audited); quotes already given keep their rates' })
  @ApiOkResponse({ type: RateTableVersionView })
  publishRates(@CurrentUser() admin: AuthUser, @Body() dto: PublishRateTableDto): Promise<RateTableVersionView> {
    return this.tariffs.publish(admin, dto);
  }
}
