import { Body, Controller, Get, Param, Post, Query, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { Auth } from '../auth/auth.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { BRANCHES } from '../common/domain/branches';
import { REGION_CODES } from '../common/domain/regions';
import type { CooperativePicture } from '../cooperatives/cooperative-images.service';
import { ImageUpload } from '../media/image-upload.interceptor';
import { MAX_FILES_PER_UPLOAD } from '../media/images.service';
import type { UploadedImage } from '../media/uploaded-image';
import type { ProductView } from '../products/dto/product.view';
import {
  APPLICATION_FIELD_OF,
  ApplicationFormModel,
  DashboardModel,
  EditProductFormModel,
  editProductTarget,
  type FormTarget,
  newProductTarget,
  NewProductFormModel,
  PRODUCT_FIELD_OF,
  productFormPage,
} from './artisan-forms';
import { ArtisanPagesService, PRODUCT_FIELDS, ProductFields } from './artisan-pages.service';
import { APPLICATION_FIELDS, ApplicationFields, CooperativeApplicationService } from './cooperative-application.service';
import { CsrfAfterUpload } from './csrf';
import { FormView } from './form-view';
import type { MessageKey } from './i18n/messages.en';
import { notFound } from './page-ids';
import { ApplicationForm, PayoutStatementForm, ProductEditForm, ProductForm, ShipForm, StockForm } from './page-forms';
import { PageRenderer } from './page-renderer.service';
import type { WebContext } from './web-context';
import { Pages, Web } from './web.decorator';

const cooperativeId = notFound('Cooperative');
const productId = notFound('Product');
const imageId = notFound('Photo');
const cooperativeOrderId = notFound('Cooperative order');
type Files = UploadedImage[] | undefined;

/** Artisan pages: their cooperatives and products, a new-product form with HS suggestions, submit. */
@Pages()
@Auth('artisan')
@Controller('artisan')
export class ArtisanController {
  constructor(
    private readonly artisans: ArtisanPagesService,
    private readonly applications: CooperativeApplicationService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  async dashboard(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const notices: Record<string, MessageKey> = {
      created: 'artisan.created',
      applied: 'apply.sent',
      saved: 'artisan.saved',
      picture: 'photos.uploaded',
    };
    const notice = Object.entries(notices).find(([flag]) => query[flag] === '1')?.[1];
    this.pages.render(res, web, 'artisan', { cooperatives: await this.artisans.cooperatives(user), notice, problem: undefined });
  }

  @Get('cooperatives/new')
  applicationForm(@Web() web: WebContext, @Res() res: Response): void {
    this.showApplication(res, web, this.applications.readFields({ region: 'MA-07' }));
  }

  @Post('cooperatives')
  @FormView('apply-cooperative', APPLICATION_FIELDS, { model: ApplicationFormModel, fieldOf: APPLICATION_FIELD_OF })
  async apply(@CurrentUser() user: AuthUser, @Body() form: ApplicationForm, @Res() res: Response): Promise<void> {
    await this.applications.apply(user, form);
    res.redirect(303, '/artisan?applied=1');
  }

  @Get('cooperatives/:id/products/new')
  async newProduct(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeId) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const membership = await this.artisans.membership(user, id);
    const target = newProductTarget(membership.cooperativeId, membership.cooperativeName);
    this.showForm(res, web, target, this.artisans.readFields({ branch: 'pottery' }));
  }

  @Post('cooperatives/:id/products')
  @FormView('product-form', PRODUCT_FIELDS, { model: NewProductFormModel, fieldOf: PRODUCT_FIELD_OF })
  async createProduct(
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeId) id: string,
    @Body() form: ProductForm,
    @Res() res: Response,
  ): Promise<void> {
    const membership = await this.artisans.membership(user, id);
    await this.artisans.create(user, membership.cooperativeId, form);
    res.redirect(303, '/artisan?created=1');
  }

  @Get('products/:id/edit')
  async editProduct(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Param('id', productId) id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { product, fields } = await this.artisans.editable(user, id);
    this.showForm(res, web, editProductTarget(product.id), fields, product, query.photos === '1');
  }

  @Post('products/:id')
  @FormView('product-form', PRODUCT_FIELDS, { model: EditProductFormModel, fieldOf: PRODUCT_FIELD_OF })
  async updateProduct(
    @CurrentUser() user: AuthUser,
    @Param('id', productId) id: string,
    @Body() form: ProductEditForm,
    @Res() res: Response,
  ): Promise<void> {
    const { product } = await this.artisans.editable(user, id);
    await this.artisans.update(user, product.id, form);
    res.redirect(303, '/artisan?saved=1');
  }

  @Post('products/:id/images')
  @UseInterceptors(ImageUpload('files', MAX_FILES_PER_UPLOAD), CsrfAfterUpload)
  async uploadPhotos(
    @CurrentUser() user: AuthUser,
    @Param('id', productId) id: string,
    @UploadedFiles() files: Files,
    @Res() res: Response,
  ): Promise<void> {
    await this.artisans.photos.add(id, user, files ?? []);
    res.redirect(303, `/artisan/products/${id}/edit?photos=1#photos`);
  }

  @Post('products/:id/images/order')
  async reorderPhotos(
    @CurrentUser() user: AuthUser,
    @Param('id', productId) id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const raw = body.imageIds;
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && isUUID(v));
    await this.artisans.photos.reorder(id, ids, user);
    res.redirect(303, `/artisan/products/${id}/edit#photos`);
  }

  @Post('products/:id/images/:imageId/delete')
  async deletePhoto(
    @CurrentUser() user: AuthUser,
    @Param('id', productId) id: string,
    @Param('imageId', imageId) image: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.artisans.photos.remove(id, image, user);
    res.redirect(303, `/artisan/products/${id}/edit#photos`);
  }

  @Post('products/:id/images/:imageId/alt')
  async describePhoto(
    @CurrentUser() user: AuthUser,
    @Param('id', productId) id: string,
    @Param('imageId', imageId) image: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const alt: Record<string, string> = {};
    for (const lang of ['en', 'fr', 'ar']) {
      const text = typeof body[`alt_${lang}`] === 'string' ? (body[`alt_${lang}`] as string).trim().slice(0, 300) : '';
      if (text) alt[lang] = text;
    }
    await this.artisans.photos.describe(id, image, alt, user);
    res.redirect(303, `/artisan/products/${id}/edit#photos`);
  }

  /** A cooperative's logo, from the dashboard (managers). */
  @Post('cooperatives/:id/logo')
  @UseInterceptors(ImageUpload('file', 1), CsrfAfterUpload)
  setLogo(
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeId) id: string,
    @UploadedFiles() files: Files,
    @Res() res: Response,
  ): Promise<void> {
    return this.setPicture(user, id, 'logo', files, res);
  }

  @Post('cooperatives/:id/cover')
  @UseInterceptors(ImageUpload('file', 1), CsrfAfterUpload)
  setCover(
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeId) id: string,
    @UploadedFiles() files: Files,
    @Res() res: Response,
  ): Promise<void> {
    return this.setPicture(user, id, 'cover', files, res);
  }

  @Post('products/:id/stock')
  async setStock(
    @CurrentUser() user: AuthUser,
    @Param('id', productId) id: string,
    @Body() form: StockForm,
    @Res() res: Response,
  ): Promise<void> {
    await this.artisans.setStock(user, id, form.stock, form.stockLoaded);
    res.redirect(303, '/artisan');
  }

  /** An incomplete product or a code no longer valid is shown on the dashboard, where it can be fixed. */
  @Post('products/:id/submit')
  @FormView('artisan', [], { model: DashboardModel })
  async submitProduct(@CurrentUser() user: AuthUser, @Param('id', productId) id: string, @Res() res: Response): Promise<void> {
    await this.artisans.submit(user, id);
    res.redirect(303, '/artisan');
  }

  @Get('cooperatives/:id/orders')
  async orders(
    @Web() web: WebContext,
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeId) id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const membership = await this.artisans.membership(user, id);
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const [page, payouts] = await Promise.all([
      this.artisans.orders(user, membership.cooperativeId, cursor),
      this.artisans.payouts(membership.cooperativeId),
    ]);
    this.pages.render(res, web, 'artisan-orders', { membership, page, payouts });
  }

  @Get('cooperatives/:id/payouts.csv')
  async payoutStatement(
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeId) id: string,
    @Query() period: PayoutStatementForm,
    @Res() res: Response,
  ): Promise<void> {
    const membership = await this.artisans.membership(user, id);
    const { fileName, body } = await this.artisans.payoutStatementCsv(membership.cooperativeId, period);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${fileName}"`)
      .set('Cache-Control', 'private, no-store')
      .send(body);
  }

  @Post('cooperative-orders/:id/ship')
  async ship(
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeOrderId) id: string,
    @Body() form: ShipForm,
    @Res() res: Response,
  ): Promise<void> {
    await this.artisans.ship(user, id, { carrier: form.carrier, trackingNumber: form.trackingNumber });
    res.redirect(303, this.backTo(form.cooperativeId));
  }

  @Post('cooperative-orders/:id/deliver')
  async deliver(
    @CurrentUser() user: AuthUser,
    @Param('id', cooperativeOrderId) id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    await this.artisans.deliver(user, id);
    res.redirect(303, this.backTo(body.cooperativeId));
  }

  /** The HTML fragment htmx swaps under the title field as it is typed. */
  @Post('hs-suggestions')
  hsSuggestions(@Web() web: WebContext, @Body() body: Record<string, unknown>, @Res() res: Response): void {
    const fields = this.artisans.readFields(body);
    this.pages.render(res, web, 'partials/hs-suggestions', { suggestions: this.artisans.suggestions(fields), selected: fields.hsCode });
  }

  private async setPicture(user: AuthUser, id: string, role: CooperativePicture, files: Files, res: Response): Promise<void> {
    await this.artisans.pictures.set(id, role, user, files?.[0]);
    res.redirect(303, '/artisan?picture=1');
  }

  /** Back to the orders of the cooperative a fulfilment form was sent from, else to the dashboard. */
  private backTo(cooperativeId: unknown): string {
    return typeof cooperativeId === 'string' && isUUID(cooperativeId) ? `/artisan/cooperatives/${cooperativeId}/orders` : '/artisan';
  }

  private showApplication(res: Response, web: WebContext, fields: ApplicationFields): void {
    this.pages.render(res, web, 'apply-cooperative', { fields, fieldErrors: {}, branches: BRANCHES, regions: REGION_CODES });
  }

  private showForm(
    res: Response,
    web: WebContext,
    target: FormTarget,
    fields: ProductFields,
    product?: ProductView,
    photosNotice = false,
  ): void {
    this.pages.render(res, web, 'product-form', productFormPage(this.artisans, target, fields, {}, product, photosNotice));
  }
}
