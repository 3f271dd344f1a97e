import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { BRANCHES } from '../common/domain/branches';
import { DomainError } from '../common/errors/domain-error';
import { REGION_CODES } from '../common/domain/regions';
import type { CooperativePicture } from '../cooperatives/cooperative-images.service';
import type { UploadedImage } from '../media/uploaded-image';
import type { ProductView } from '../products/dto/product.view';
import { ArtisanPagesService, ProductFields } from './artisan-pages.service';
import { ApplicationFields, CooperativeApplicationService } from './cooperative-application.service';
import type { MessageKey } from './i18n/messages.en';
import { PageRenderer } from './page-renderer.service';
import { requireRole } from './web-access';
import type { WebRequest } from './web-context';

/** Where the product form posts and what its heading says (new product, or edit). */
interface FormTarget {
  action: string;
  heading: [MessageKey, Record<string, string>];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const param = (req: WebRequest, name: string): string => (UUID.test(String(req.params[name])) ? String(req.params[name]) : '00000000-0000-0000-0000-000000000000');

/** Artisan pages: their cooperatives and products, a new-product form with HS suggestions, submit. */
@Injectable()
export class ArtisanController {
  constructor(
    private readonly artisans: ArtisanPagesService,
    private readonly applications: CooperativeApplicationService,
    private readonly pages: PageRenderer,
  ) {}

  readonly dashboard = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const notices: Record<string, MessageKey> = { created: 'artisan.created', applied: 'apply.sent', saved: 'artisan.saved', picture: 'photos.uploaded' };
    const notice = Object.entries(notices).find(([flag]) => req.query[flag] === '1')?.[1];
    this.pages.render(res, req.web, 'artisan', { cooperatives: await this.artisans.cooperatives(user), notice, problem: undefined });
  };

  readonly applicationForm = (req: WebRequest, res: Response): void => {
    requireRole(req.web, 'artisan');
    this.showApplication(res, req, this.applications.readFields({ region: 'MA-07' }), {}, 200);
  };

  readonly apply = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const fields = this.applications.readFields(req.body as Record<string, unknown>);
    const fieldErrors = await this.applications.apply(user, fields);
    if (Object.keys(fieldErrors).length > 0) return this.showApplication(res, req, fields, fieldErrors, 422);
    res.redirect(303, '/artisan?applied=1');
  };

  readonly newProduct = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const membership = await this.artisans.membership(user, param(req, 'id'));
    this.showForm(res, req, this.newTarget(membership.cooperativeId, membership.cooperativeName), this.artisans.readFields({ branch: 'pottery' }), {}, 200);
  };

  readonly createProduct = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const membership = await this.artisans.membership(user, param(req, 'id'));
    const fields = this.artisans.readFields(req.body as Record<string, unknown>);
    const outcome = await this.artisans.create(user, membership.cooperativeId, fields);
    if (outcome.kind === 'invalid') {
      return this.showForm(res, req, this.newTarget(membership.cooperativeId, membership.cooperativeName), fields, outcome.fieldErrors, 422);
    }
    res.redirect(303, '/artisan?created=1');
  };

  readonly editProduct = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const { product, fields } = await this.artisans.editable(user, param(req, 'id'));
    this.showForm(res, req, this.editTarget(product.id), fields, {}, 200, product, req.query.photos === '1');
  };

  readonly updateProduct = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const { product } = await this.artisans.editable(user, param(req, 'id'));
    const fields = this.artisans.readFields(req.body as Record<string, unknown>);
    const outcome = await this.artisans.update(user, product.id, fields);
    if (outcome.kind === 'invalid') return this.showForm(res, req, this.editTarget(product.id), fields, outcome.fieldErrors, 422, product);
    res.redirect(303, '/artisan?saved=1');
  };

  readonly uploadPhotos = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const id = param(req, 'id');
    await this.artisans.photos.add(id, user, (req as WebRequest & { files?: UploadedImage[] }).files ?? []);
    res.redirect(303, `/artisan/products/${id}/edit?photos=1#photos`);
  };

  readonly reorderPhotos = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const id = param(req, 'id');
    const raw = (req.body as Record<string, unknown>).imageIds;
    const ids = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && UUID.test(v));
    await this.artisans.photos.reorder(id, ids, user);
    res.redirect(303, `/artisan/products/${id}/edit#photos`);
  };

  readonly deletePhoto = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const id = param(req, 'id');
    await this.artisans.photos.remove(id, param(req, 'imageId'), user);
    res.redirect(303, `/artisan/products/${id}/edit#photos`);
  };

  readonly describePhoto = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const id = param(req, 'id');
    const body = req.body as Record<string, unknown>;
    const alt: Record<string, string> = {};
    for (const lang of ['en', 'fr', 'ar']) {
      const text = typeof body[`alt_${lang}`] === 'string' ? (body[`alt_${lang}`] as string).trim().slice(0, 300) : '';
      if (text) alt[lang] = text;
    }
    await this.artisans.photos.describe(id, param(req, 'imageId'), alt, user);
    res.redirect(303, `/artisan/products/${id}/edit#photos`);
  };

  /** A cooperative's logo or cover, from the dashboard (managers). */
  readonly setPicture = (role: CooperativePicture) => async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const files = (req as WebRequest & { files?: UploadedImage[] }).files ?? [];
    await this.artisans.pictures.set(param(req, 'id'), role, user, files[0]);
    res.redirect(303, '/artisan?picture=1');
  };

  readonly setStock = async (req: WebRequest, res: Response): Promise<void> => {
    const body = req.body as Record<string, unknown>;
    const text = (name: string): string => (typeof body[name] === 'string' ? (body[name] as string) : '');
    await this.artisans.setStock(requireRole(req.web, 'artisan'), param(req, 'id'), text('stock'), text('stockLoaded'));
    res.redirect(303, '/artisan');
  };

  readonly submitProduct = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    try {
      await this.artisans.submit(user, param(req, 'id'));
    } catch (error) {
      // An incomplete product or a code no longer valid is shown above the list, where it can be fixed.
      if (!(error instanceof DomainError) || !['UNPROCESSABLE', 'INVALID_HS_CODE', 'INVALID_STATE'].includes(error.code)) throw error;
      this.pages.render(res, req.web, 'artisan', { cooperatives: await this.artisans.cooperatives(user), notice: undefined, problem: error.message }, 422);
      return;
    }
    res.redirect(303, '/artisan');
  };

  readonly orders = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const membership = await this.artisans.membership(user, param(req, 'id'));
    const cursor = typeof req.query.cursor === 'string' && req.query.cursor ? req.query.cursor : undefined;
    const [page, payouts] = await Promise.all([
      this.artisans.orders(user, membership.cooperativeId, cursor),
      this.artisans.payouts(membership.cooperativeId),
    ]);
    this.pages.render(res, req.web, 'artisan-orders', { membership, page, payouts });
  };

  readonly payoutStatement = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const membership = await this.artisans.membership(user, param(req, 'id'));
    const { fileName, body } = await this.artisans.payoutStatementCsv(membership.cooperativeId, req.query);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${fileName}"`)
      .set('Cache-Control', 'private, no-store')
      .send(body);
  };

  readonly ship = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    const body = req.body as Record<string, unknown>;
    await this.artisans.ship(user, param(req, 'id'), body);
    res.redirect(303, this.backTo(body));
  };

  readonly deliver = async (req: WebRequest, res: Response): Promise<void> => {
    const user = requireRole(req.web, 'artisan');
    await this.artisans.deliver(user, param(req, 'id'));
    res.redirect(303, this.backTo(req.body as Record<string, unknown>));
  };

  /** The HTML fragment htmx swaps under the title field as it is typed. */
  readonly hsSuggestions = (req: WebRequest, res: Response): void => {
    requireRole(req.web, 'artisan');
    const fields = this.artisans.readFields(req.body as Record<string, unknown>);
    this.pages.render(res, req.web, 'partials/hs-suggestions', { suggestions: this.artisans.suggestions(fields), selected: fields.hsCode });
  };

  /** Back to the orders of the cooperative a fulfilment form was sent from, else to the dashboard. */
  private backTo(body: Record<string, unknown>): string {
    return typeof body.cooperativeId === 'string' && UUID.test(body.cooperativeId) ? `/artisan/cooperatives/${body.cooperativeId}/orders` : '/artisan';
  }

  private showApplication(res: Response, req: WebRequest, fields: ApplicationFields, fieldErrors: Record<string, string>, status: number): void {
    this.pages.render(res, req.web, 'apply-cooperative', { fields, fieldErrors, branches: BRANCHES, regions: REGION_CODES }, status);
  }

  private newTarget(cooperativeId: string, cooperativeName: string): FormTarget {
    return { action: `/artisan/cooperatives/${cooperativeId}/products`, heading: ['productForm.title', { cooperative: cooperativeName }] };
  }

  private editTarget(productId: string): FormTarget {
    return { action: `/artisan/products/${productId}`, heading: ['productForm.edit', {}] };
  }

  private showForm(
    res: Response,
    req: WebRequest,
    target: FormTarget,
    fields: ProductFields,
    fieldErrors: Record<string, string>,
    status: number,
    product?: ProductView,
    photosNotice = false,
  ): void {
    this.pages.render(
      res,
      req.web,
      'product-form',
      { target, fields, fieldErrors, branches: BRANCHES, suggestions: this.artisans.suggestions(fields), product, photosNotice },
      status,
    );
  }
}
