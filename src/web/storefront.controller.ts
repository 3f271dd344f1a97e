import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { LandedEstimateService } from './landed-estimate.service';
import { PageRenderer } from './page-renderer.service';
import { StorefrontService } from './storefront.service';
import type { WebRequest } from './web-context';

/** Buyer pages that only read: home, catalog, product. */
@Injectable()
export class StorefrontController {
  constructor(
    private readonly storefront: StorefrontService,
    private readonly pages: PageRenderer,
    private readonly estimates: LandedEstimateService,
  ) {}

  readonly home = async (req: WebRequest, res: Response): Promise<void> => {
    this.pages.render(res, req.web, 'home', await this.storefront.home(req.web));
  };

  readonly catalog = async (req: WebRequest, res: Response): Promise<void> => {
    this.pages.render(res, req.web, 'catalog', await this.storefront.catalogPage(req.web, req.query as Record<string, unknown>));
  };

  readonly product = async (req: WebRequest, res: Response): Promise<void> => {
    const product = await this.storefront.product(req.web, String(req.params.id));
    const estimate = await this.estimates.forItems(req.web, [{ productId: product.id, quantity: 1 }]);
    this.pages.render(res, req.web, 'product', { product, estimate });
  };
}
