import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AdminHsReviewQuery, HsReviewQuery } from '../hs-reclassification/dto/hs-review.query';
import { HsReclassificationService } from '../hs-reclassification/hs-reclassification.service';
import { ArtisanPagesService } from './artisan-pages.service';
import { HsChoiceForm } from './page-forms';
import { notFound } from './page-ids';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/**
 * Products to reclassify for a newer HS edition: an artisan picks a new code for each of their
 * cooperatives' flagged products; an admin follows the backlog of every cooperative.
 */
@Pages()
@Controller()
export class HsReviewsPageController {
  constructor(
    private readonly reclassification: HsReclassificationService,
    private readonly artisans: ArtisanPagesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get('artisan/hs-reviews')
  @Auth('artisan')
  async artisan(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const memberships = await this.artisans.memberships(user);
    const reviews = plainToInstance(HsReviewQuery, { state: 'all', limit: 100 });
    const groups = await Promise.all(
      memberships.map(async (membership) => ({
        membership,
        reviews: (await this.reclassification.forCooperative(membership.cooperativeId, user, reviews)).items,
      })),
    );
    this.pages.render(res, web, 'artisan-hs-reviews', { groups, saved: query.saved === '1' });
  }

  /** The form sends a candidate (radio) or, when the old code has none, any code typed in. */
  @Post('artisan/products/:id/hs-choice')
  @Auth('artisan')
  async choose(
    @CurrentUser() user: AuthUser,
    @Param('id', notFound('Product')) id: string,
    @Body() form: HsChoiceForm,
    @Res() res: Response,
  ): Promise<void> {
    await this.reclassification.choose(id, user, { edition: form.edition, hsCode: form.hsCode });
    res.redirect(303, '/artisan/hs-reviews?saved=1');
  }

  @Get('admin/hs-reviews')
  @Auth('admin')
  async admin(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const state = ['open', 'chosen', 'all'].includes(String(query.state)) ? String(query.state) : 'open';
    const page = await this.reclassification.forAdmin(plainToInstance(AdminHsReviewQuery, { state, limit: 100, page: 1 }));
    this.pages.render(res, web, 'admin-hs-reviews', { page, state });
  }
}
