import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { ChooseHsCodeDto } from '../hs-reclassification/dto/choose-hs-code.dto';
import { AdminHsReviewQuery, HsReviewQuery } from '../hs-reclassification/dto/hs-review.query';
import { HsReclassificationService } from '../hs-reclassification/hs-reclassification.service';
import { ArtisanPagesService } from './artisan-pages.service';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Products to reclassify for a newer HS edition: an artisan picks a new code for each of their
 * cooperatives' flagged products; an admin follows the backlog of every cooperative.
 */
@Injectable()
export class HsReviewsPageController {
  constructor(
    private readonly reclassification: HsReclassificationService,
    private readonly artisans: ArtisanPagesService,
    private readonly pages: PageRenderer,
  ) {}

  readonly artisan = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const memberships = await this.artisans.memberships(user);
    const query = plainToInstance(HsReviewQuery, { state: 'all', limit: 100 });
    const groups = await Promise.all(
      memberships.map(async (membership) => ({
        membership,
        reviews: (await this.reclassification.forCooperative(membership.cooperativeId, user, query)).items,
      })),
    );
    this.pages.render(res, req.web, 'artisan-hs-reviews', { groups, saved: req.query.saved === '1' });
  };

  /** The form sends a candidate (radio) or, when the old code has none, any code typed in. */
  readonly choose = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const body = req.body as Record<string, unknown>;
    const id = String(req.params.id);
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', 'Product not found');
    const dto = plainToInstance(ChooseHsCodeDto, { edition: Number(body.edition), hsCode: String(body.hsCode ?? '').trim() });
    const problems = validateSync(dto);
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; '));
    await this.reclassification.choose(id, user, dto);
    res.redirect(303, '/artisan/hs-reviews?saved=1');
  };

  readonly admin = async (req: WebRequest, res: Response): Promise<void> => {
    requireRole(req.web, 'admin');
    const state = ['open', 'chosen', 'all'].includes(String(req.query.state)) ? String(req.query.state) : 'open';
    const page = await this.reclassification.forAdmin(plainToInstance(AdminHsReviewQuery, { state, limit: 100, page: 1 }));
    this.pages.render(res, req.web, 'admin-hs-reviews', { page, state });
  };
}
