import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { notFound } from './page-ids';
import { LandedEstimateService } from './landed-estimate.service';
import { PageRenderer } from './page-renderer.service';
import { StorefrontService } from './storefront.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

/** Buyer pages that only read: home, catalog, product. */
@Pages()
@Controller()
export class StorefrontController {
  constructor(
    private readonly storefront: StorefrontService,
    private readonly pages: PageRenderer,
    private readonly estimates: LandedEstimateService,
  ) {}

  @Get()
  async home(@Web() web: WebContext, @Res() res: Response): Promise<void> {
    await this.pages.renderShared(res, web, 'home', () => this.storefront.home(web));
  }

  @Get('products')
  async catalog(@Web() web: WebContext, @Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.pages.renderShared(res, web, 'catalog', () => this.storefront.catalogPage(web, query));
  }

  @Get('products/:id')
  async product(@Web() web: WebContext, @Param('id', notFound('Product')) id: string, @Res() res: Response): Promise<void> {
    await this.pages.renderShared(res, web, 'product', async () => {
      const product = await this.storefront.product(web, id);
      return { product, estimate: await this.estimates.forItems(web, [{ productId: product.id, quantity: 1 }]) };
    });
  }
}
