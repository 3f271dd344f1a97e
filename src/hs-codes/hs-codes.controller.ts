import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { cachePublicly, REFERENCE_CACHE } from '../common/http/public-cache';
import { HsCodeDetailView } from './dto/hs-code-detail.view';
import { HsCodePageView } from './dto/hs-code-page.view';
import { HsCodeParams } from './dto/hs-code.params';
import { HsEditionQuery } from './dto/hs-edition.query';
import { HsEditionsView } from './dto/hs-edition.view';
import { HsSuggestionsView } from './dto/hs-suggestions.view';
import { SearchHsCodesDto } from './dto/search-hs-codes.dto';
import { SuggestHsCodesDto } from './dto/suggest-hs-codes.dto';
import { HsCodesService } from './hs-codes.service';
import { HsSuggestService } from './hs-suggest.service';

@ApiTags('hs-codes')
@Controller('hs-codes')
export class HsCodesController {
  constructor(
    private readonly hsCodes: HsCodesService,
    private readonly suggester: HsSuggestService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Search the subheadings of an HS edition by code prefix or by words (English, French, Arabic; typos tolerated)',
  })
  @ApiOkResponse({ type: HsCodePageView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'VALIDATION_FAILED' })
  async search(
    @Query() query: SearchHsCodesDto,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HsCodePageView> {
    const page = await this.hsCodes.search({
      q: query.q,
      chapter: query.chapter,
      edition: query.edition,
      limit: query.limit,
      cursor: query.cursor,
    });
    cachePublicly(res, authorization, REFERENCE_CACHE);
    return page;
  }

  @Get('editions')
  @ApiOperation({ summary: 'The HS editions known, with their effective dates and the one in force today' })
  @ApiOkResponse({ type: HsEditionsView })
  editions(): Promise<HsEditionsView> {
    return this.hsCodes.editions();
  }

  @Post('suggest')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Suggest up to 5 subheadings for a product, best first, each with a reason and a confidence',
    description:
      'Reads fibre shares, construction and use from the description and applies the General Interpretive Rules ' +
      '(GIR 1 headings and notes, GIR 3(b) essential character, GIR 6 subheadings). `fit` says how well the best ' +
      'suggestion fits; "none" comes with no suggestion rather than a guess.',
  })
  @ApiOkResponse({ type: HsSuggestionsView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'VALIDATION_FAILED' })
  suggest(@Body() dto: SuggestHsCodesDto): HsSuggestionsView {
    return this.suggester.suggestWithFit(dto);
  }

  @Get(':code')
  @ApiOperation({ summary: 'A chapter, heading or subheading with its place in the nomenclature' })
  @ApiOkResponse({ type: HsCodeDetailView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'VALIDATION_FAILED: not 2, 4 or 6 digits' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'NOT_FOUND' })
  async lookup(
    @Param() params: HsCodeParams,
    @Query() query: HsEditionQuery,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HsCodeDetailView> {
    const detail = await this.hsCodes.lookup(params.code, query.edition);
    cachePublicly(res, authorization, REFERENCE_CACHE);
    return detail;
  }
}
