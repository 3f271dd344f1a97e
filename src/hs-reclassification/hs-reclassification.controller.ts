import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ErrorBody } from '../common/errors/error-body';
import { ChooseHsCodeDto, HsChoiceView } from './dto/choose-hs-code.dto';
import { AdminHsReviewQuery, HsReviewQuery } from './dto/hs-review.query';
import { HsReviewPage } from './dto/hs-review.view';
import { HsReclassificationService } from './hs-reclassification.service';
import { uuidPipe } from '../common/http/uuid.pipe';

const uuid = uuidPipe();

@ApiTags('hs-codes')
@Controller()
export class HsReclassificationController {
  constructor(private readonly reclassification: HsReclassificationService) {}

  @Get('cooperatives/:id/hs-reviews')
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: "The cooperative's products whose HS code disappears or splits in a newer edition, with the candidate codes" })
  @ApiOkResponse({ type: HsReviewPage })
  forCooperative(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Query() query: HsReviewQuery): Promise<HsReviewPage> {
    return this.reclassification.forCooperative(id, user, query);
  }

  @Post('products/:id/hs-choice')
  @HttpCode(200)
  @Auth('artisan', 'admin')
  @ApiOperation({ summary: "Pick a product's code in a newer HS edition, among the candidates (members of its cooperative, admins)" })
  @ApiOkResponse({ type: HsChoiceView })
  @ApiConflictResponse({ type: ErrorBody, description: 'INVALID_STATE: the code needs no change in that edition' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'INVALID_HS_CODE: not a code of that edition, or not a candidate' })
  choose(@Param('id', uuid) id: string, @CurrentUser() user: AuthUser, @Body() dto: ChooseHsCodeDto): Promise<HsChoiceView> {
    return this.reclassification.choose(id, user, dto);
  }

  @Get('admin/hs-reviews')
  @Auth('admin')
  @ApiOperation({ summary: 'The backlog of products to reclassify for a newer HS edition, all cooperatives' })
  @ApiOkResponse({ type: HsReviewPage })
  forAdmin(@Query() query: AdminHsReviewQuery): Promise<HsReviewPage> {
    return this.reclassification.forAdmin(query);
  }
}
