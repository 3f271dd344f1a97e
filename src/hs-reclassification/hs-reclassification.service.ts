import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Transactions } from '../common/database/transactions';
import { DomainError } from '../common/errors/domain-error';
import { AccessService } from '../cooperatives/access.service';
import { HsCodesService } from '../hs-codes/hs-codes.service';
import { editionInForce } from '../hs-codes/hs-edition-in-force';
import { HsEditionsService } from '../hs-codes/hs-editions.service';
import { ChooseHsCodeDto, HsChoiceView } from './dto/choose-hs-code.dto';
import { AdminHsReviewQuery, HsReviewQuery } from './dto/hs-review.query';
import { HsReviewPage } from './dto/hs-review.view';
import { HsReclassificationRepository } from './hs-reclassification.repository';

/**
 * Products whose code disappears or splits in a newer HS edition: their cooperative sees them with
 * the candidate codes and picks one; admins follow the backlog.
 */
@Injectable()
export class HsReclassificationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly reviews: HsReclassificationRepository,
    private readonly access: AccessService,
    private readonly hsCodes: HsCodesService,
    private readonly hsEditions: HsEditionsService,
    private readonly audit: AuditService,
  ) {}

  async forCooperative(cooperativeId: string, user: AuthUser, query: HsReviewQuery): Promise<HsReviewPage> {
    await this.access.assertCanReadCooperative(user, cooperativeId);
    return this.page({ ...query, cooperativeId });
  }

  forAdmin(query: AdminHsReviewQuery): Promise<HsReviewPage> {
    return this.page(query);
  }

  /**
   * Records the cooperative's pick for a product flagged in `dto.edition`: a code of that edition
   * among the correlation's candidates (any code of it when the old one is gone without a row). Once
   * that edition is in force the product takes the code at once; before, it keeps its code until then.
   */
  async choose(productId: string, user: AuthUser, dto: ChooseHsCodeDto): Promise<HsChoiceView> {
    return this.transactions.run(async (manager) => {
      const product = await this.reviews.lockProduct(manager, productId);
      if (!product) throw new DomainError('NOT_FOUND', 'Product not found');
      await this.access.assertCooperativeMember(manager, user, product.cooperativeId, 'reclassify this product');
      const filter = { productId, edition: dto.edition, state: 'all' as const, limit: 1, offset: 0 };
      const [review] = (await this.reviews.list(manager, filter)).items;
      if (!review) {
        const message = `The code of this product needs no change in HS ${dto.edition}`;
        throw new DomainError('INVALID_STATE', message, { edition: dto.edition });
      }
      await this.hsCodes.assertValidProductCode(dto.hsCode, manager, dto.edition);
      const candidates = review.candidates.map((c) => c.code);
      if (candidates.length > 0 && !candidates.includes(dto.hsCode.slice(0, 6))) {
        const message = `In HS ${dto.edition} this product's code ${review.hsCode} becomes one of ${candidates.join(', ')}`;
        throw new DomainError('INVALID_HS_CODE', message, { code: dto.hsCode, candidates });
      }
      const chosenAt = await this.reviews.saveChoice(manager, productId, dto.edition, dto.hsCode, user.id);
      const applied = editionInForce(await this.hsEditions.list(manager), new Date()) === dto.edition;
      const before = { hsCode: product.hsCode, hsEdition: product.hsEdition };
      if (applied) await this.reviews.applyCode(manager, productId, dto.hsCode, dto.edition);
      await this.audit.record(manager, user, {
        action: 'product.hs_reclassify',
        targetType: 'product',
        targetId: productId,
        before,
        after: { hsCode: dto.hsCode, hsEdition: dto.edition, applied },
      });
      return { productId, edition: dto.edition, hsCode: dto.hsCode, chosenAt, applied };
    });
  }

  private async page(query: AdminHsReviewQuery): Promise<HsReviewPage> {
    const { items, total } = await this.reviews.list(this.transactions.manager, {
      cooperativeId: query.cooperativeId,
      state: query.state,
      limit: query.limit,
      offset: (query.page - 1) * query.limit,
    });
    return { items, total, page: query.page };
  }
}
