import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BRANCHES } from '../common/domain/branches';
import { REGION_CODES } from '../common/domain/regions';
import type { ProductView } from '../products/dto/product.view';
import { ArtisanPagesService, type ProductFields } from './artisan-pages.service';
import type { FormFailure, FormModel, FormRequest } from './form-view';
import type { MessageKey } from './i18n/messages.en';

/** Where the product form posts and what its heading says (new product, or edit). */
export interface FormTarget {
  action: string;
  heading: [MessageKey, Record<string, string>];
}

export function newProductTarget(cooperativeId: string, cooperativeName: string): FormTarget {
  return { action: `/artisan/cooperatives/${cooperativeId}/products`, heading: ['productForm.title', { cooperative: cooperativeName }] };
}

export function editProductTarget(productId: string): FormTarget {
  return { action: `/artisan/products/${productId}`, heading: ['productForm.edit', {}] };
}

/** The product form's fields of the API's paths; the stock the form showed is the form's own business. */
export const PRODUCT_FIELD_OF: Record<string, string> = {
  'title.en': 'titleEn',
  'title.fr': 'titleFr',
  'title.ar': 'titleAr',
  'description.en': 'descriptionEn',
  'description.fr': 'descriptionFr',
  'description.ar': 'descriptionAr',
  priceMinor: 'price',
};

export const APPLICATION_FIELD_OF: Record<string, string> = {
  'description.en': 'descriptionEn',
  'description.fr': 'descriptionFr',
  'description.ar': 'descriptionAr',
  'members.total': 'membersTotal',
  'members.women': 'membersWomen',
  'members.youth': 'membersYouth',
  'members.rural': 'membersRural',
  branches: 'branches',
};

/** These forms show a refusal of the whole form in their list of problems, under `form`. */
function problems({ fieldErrors, message }: FormFailure): Record<string, string> {
  return message === undefined ? fieldErrors : { ...fieldErrors, form: message };
}

/** The product form's page: its fields, their problems, the HS codes suggested for the title. */
export function productFormPage(
  artisans: ArtisanPagesService,
  target: FormTarget,
  fields: ProductFields,
  fieldErrors: Record<string, string>,
  product?: ProductView,
  photosNotice = false,
): Record<string, unknown> {
  return { target, fields, fieldErrors, branches: BRANCHES, suggestions: artisans.suggestions(fields), product, photosNotice };
}

const userOf = (req: FormRequest): AuthUser => req.web.user!;
/** The id in the form's path; a malformed one names nothing, like an unknown one (404). */
const pathId = (req: FormRequest): string => String(req.params.id);

/** The new-product form again, for the cooperative in its path (404 when the artisan is not a member). */
@Injectable()
export class NewProductFormModel implements FormModel {
  constructor(private readonly artisans: ArtisanPagesService) {}

  async model(failure: FormFailure, req: FormRequest): Promise<Record<string, unknown>> {
    const membership = await this.artisans.membership(userOf(req), pathId(req));
    const target = newProductTarget(membership.cooperativeId, membership.cooperativeName);
    return productFormPage(this.artisans, target, failure.fields as ProductFields, problems(failure));
  }
}

/** The edit form again, with the product it edits (404 when the artisan may not edit it). */
@Injectable()
export class EditProductFormModel implements FormModel {
  constructor(private readonly artisans: ArtisanPagesService) {}

  async model(failure: FormFailure, req: FormRequest): Promise<Record<string, unknown>> {
    const { product } = await this.artisans.editable(userOf(req), pathId(req));
    return productFormPage(this.artisans, editProductTarget(product.id), failure.fields as ProductFields, problems(failure), product);
  }
}

/** The dashboard, with why a product could not be submitted shown above the list, where it can be fixed. */
@Injectable()
export class DashboardModel implements FormModel {
  constructor(private readonly artisans: ArtisanPagesService) {}

  async model(failure: FormFailure, req: FormRequest): Promise<Record<string, unknown>> {
    return { cooperatives: await this.artisans.cooperatives(userOf(req)), notice: undefined, problem: failure.message };
  }
}

/** The application form again, with the branches ticked. */
@Injectable()
export class ApplicationFormModel implements FormModel {
  model(failure: FormFailure, req: FormRequest): Promise<Record<string, unknown>> {
    const ticked = ([] as unknown[]).concat((req.body as Record<string, unknown>).branches ?? []).filter((b) => typeof b === 'string');
    const fields = { ...failure.fields, branches: ticked };
    return Promise.resolve({ fields, fieldErrors: problems(failure), branches: BRANCHES, regions: REGION_CODES });
  }
}
