import { Expose, plainToInstance, Transform } from 'class-transformer';
import { OmitType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { RegisterDto } from '../auth/dto/register.dto';
import { LOCALES, type Locale } from '../auth/user-role';
import { LocalizedTextDto } from '../common/dto/localized-text.dto';
import { OptionalDay } from '../common/dto/optional-day.decorator';
import { PutExchangeRateDto } from '../exchange-rates/dto/put-exchange-rate.dto';
import { CreateCooperativeDto } from '../cooperatives/dto/create-cooperative.dto';
import { MemberCountsDto } from '../cooperatives/dto/member-counts.dto';
import { ChooseHsCodeDto } from '../hs-reclassification/dto/choose-hs-code.dto';
import { CreateInsuranceQuoteDto } from '../insurance/dto/create-insurance-quote.dto';
import { PutCountryRiskDto } from '../insurance/dto/put-country-risk.dto';
import { CreateOrderDto, OrderItemDto, ShippingAddressDto } from '../orders/dto/create-order.dto';
import { ShipDto } from '../orders/dto/ship.dto';
import { RecordBankRefundDto } from '../payments/dto/record-bank-refund.dto';
import { CreateProductDto } from '../products/dto/create-product.dto';
import { OptionalLocalizedTextDto } from '../products/dto/optional-localized-text.dto';
import { ProductTitleDto } from '../products/dto/product-title.dto';
import { ExportReportQuery } from '../reports/dto/export-report.query';
import { majorToMinor } from './price-input';

/**
 * The storefront's forms as DTOs, validated by the global ValidationPipe like the API's bodies (a
 * failure is the form again on a `@FormView` handler, the 400 page otherwise). Each extends the API's
 * DTO where there is one, so both check alike, and declares what else the form posts: its CSRF token
 * and the fields only the page has.
 */
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
/** An empty field of a form is one not filled in. */
const blank = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);
/** A whole number typed in a field; anything else stays text, for the validator to refuse. */
const whole = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : value;

/** Checked by CsrfGuard before validation; declared so the pipe accepts it. */
const CSRF = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsString()(target, key);
};

export class AccountForm {
  @CSRF() _csrf?: string;
  @IsOptional() @Transform(trim) @IsString() @Length(1, 120) name?: string;
  @IsOptional() @IsIn(LOCALES) locale?: Locale;
  /** A checkbox: sent as "1" when ticked, absent otherwise. */
  @IsOptional() @IsString() nonEssential?: string;
}

export class ExchangeRateForm extends PutExchangeRateDto {
  @CSRF() _csrf?: string;
  /** The service refuses a currency it does not convert. */
  @IsOptional() @IsString() currency?: string;
}

export class BankRefundForm extends RecordBankRefundDto {
  @CSRF() _csrf?: string;
}

export class CountryRiskForm extends PutCountryRiskDto {
  @CSRF() _csrf?: string;
  /** The service validates the country code. */
  @IsOptional() @Transform(trim) @IsString() iso2?: string;
}
// An empty class is the form's "not classified" (high-income) choice, which the API sends as null.
Transform(({ value }: { value: unknown }) => (value === '' ? null : Number(value)))(CountryRiskForm.prototype, 'riskClass');

export class HsChoiceForm extends ChooseHsCodeDto {
  @CSRF() _csrf?: string;
}
// Form fields are text: the edition becomes the number the API takes.
Transform(({ value }: { value: unknown }) => Number(value))(HsChoiceForm.prototype, 'edition');
Transform(trim)(HsChoiceForm.prototype, 'hsCode');

export class ShipForm extends ShipDto {
  @CSRF() _csrf?: string;
  /** The cooperative whose orders page the form was sent from, to go back to. */
  @IsOptional() @IsString() cooperativeId?: string;
}

/** The sign-up form: the API's rules; the language is the page's, an empty country is none. */
export class RegisterForm extends RegisterDto {
  @CSRF() _csrf?: string;
  /** Where to go once registered (same-site paths only, see safeNextPath). */
  @IsOptional() @IsString() next?: string;
}
Transform(blank)(RegisterForm.prototype, 'country');
Transform(trim)(RegisterForm.prototype, 'role');

/** The export report's filters (a GET form): empty fields are the report's defaults. */
export class ReportsPageQuery extends ExportReportQuery {}
for (const field of ['from', 'to', 'groupBy', 'currency']) Transform(blank)(ReportsPageQuery.prototype, field);

/** The period of a payout statement download; both ends optional. */
export class PayoutStatementForm {
  @Transform(blank) @OptionalDay() from?: string;
  @Transform(blank) @OptionalDay() to?: string;
}

/**
 * The stock on hand, set from the dashboard; `stockLoaded` is what the page showed, so only the
 * difference typed is applied and reservations made meanwhile are kept.
 */
export class StockForm {
  @CSRF() _csrf?: string;
  @Transform(whole)
  @IsInt({ message: 'stock must be a whole number from 0 to 1000000' })
  @Min(0, { message: 'stock must be a whole number from 0 to 1000000' })
  @Max(1_000_000, { message: 'stock must be a whole number from 0 to 1000000' })
  stock: number;

  @Transform(whole) @IsInt({ message: 'The page is out of date; reload it' }) stockLoaded: number;
}

/** A posted field as typed: trimmed, empty when absent. */
const text = (form: Record<string, unknown>, name: string): string => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
const optional = (value: string): string | undefined => value || undefined;
const number = (value: string): number | string => (/^\d{1,9}$/.test(value) ? Number(value) : value);

/**
 * An API field the form does not post as is (it has `titleEn`, the API `title.en`), built from the
 * whole posted form before validation, so the API's rules check it and their messages name it. A
 * nested object is built as its DTO here: the value a transform returns is not converted further.
 */
function fromForm(target: object, key: string, read: (form: Record<string, unknown>) => unknown): void {
  Expose()(target, key);
  Transform(({ obj }: { obj: Record<string, unknown> }) => read(obj))(target, key);
}

/** Fields only the form has, each checked by the API field it is turned into. */
const FormText = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsString()(target, key);
};

/**
 * The product form (prices in dirhams, materials comma-separated) as the API's CreateProductDto; a
 * code typed by hand wins over a suggestion picked in the list.
 */
abstract class ProductFormFields extends CreateProductDto {
  @CSRF() _csrf?: string;
  @FormText() titleEn?: string;
  @FormText() titleFr?: string;
  @FormText() titleAr?: string;
  @FormText() descriptionEn?: string;
  @FormText() descriptionFr?: string;
  @FormText() descriptionAr?: string;
  @FormText() hsCodeOther?: string;
  @FormText() price?: string;
}
fromForm(ProductFormFields.prototype, 'title', (f) =>
  plainToInstance(ProductTitleDto, { en: text(f, 'titleEn'), fr: optional(text(f, 'titleFr')), ar: optional(text(f, 'titleAr')) }),
);
fromForm(ProductFormFields.prototype, 'description', (f) => {
  const [en, fr, ar] = ['descriptionEn', 'descriptionFr', 'descriptionAr'].map((name) => optional(text(f, name)));
  return en || fr || ar ? plainToInstance(OptionalLocalizedTextDto, { en, fr, ar }) : undefined;
});
fromForm(ProductFormFields.prototype, 'branch', (f) => text(f, 'branch'));
fromForm(ProductFormFields.prototype, 'hsCode', (f) => text(f, 'hsCodeOther') || text(f, 'hsCode'));
fromForm(ProductFormFields.prototype, 'priceMinor', (f) => majorToMinor(text(f, 'price'), 'MAD') ?? text(f, 'price'));
fromForm(ProductFormFields.prototype, 'currency', () => 'MAD');
fromForm(ProductFormFields.prototype, 'stock', (f) => number(text(f, 'stock')));
fromForm(ProductFormFields.prototype, 'weightGrams', (f) => number(text(f, 'weightGrams')));
fromForm(ProductFormFields.prototype, 'materials', (f) =>
  text(f, 'materials')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);
fromForm(ProductFormFields.prototype, 'madeBy', (f) => optional(text(f, 'madeBy')));

/** A new product; the form's empty `stockLoaded` is only the edit form's. */
export class ProductForm extends ProductFormFields {
  @FormText() stockLoaded?: string;
}

/** An edit: `stockLoaded` is the stock on hand the form showed, so only the difference typed is applied. */
export class ProductEditForm extends ProductFormFields {
  @Transform(whole) @IsInt({ message: 'The form is out of date; reload it' }) stockLoaded: number;
}

/** The API fields of a product form, for ProductsService (which applies every field it is given). */
export function productDto(form: ProductFormFields): CreateProductDto {
  const { title, description, branch, hsCode, priceMinor, currency, stock, weightGrams, materials, madeBy } = form;
  return { title, description, branch, hsCode, priceMinor, currency, stock, weightGrams, materials, madeBy };
}

/** An artisan's application for a new cooperative, as the API's CreateCooperativeDto. */
export class ApplicationForm extends CreateCooperativeDto {
  @CSRF() _csrf?: string;
  @FormText() descriptionEn?: string;
  @FormText() descriptionFr?: string;
  @FormText() descriptionAr?: string;
  @FormText() membersTotal?: string;
  @FormText() membersWomen?: string;
  @FormText() membersYouth?: string;
  @FormText() membersRural?: string;
}
/** A count left empty is none given. */
const count = (f: Record<string, unknown>, name: string): number | string | undefined => optional(text(f, name)) && number(text(f, name));
fromForm(ApplicationForm.prototype, 'ice', (f) => text(f, 'ice').replace(/\s+/g, ''));
fromForm(ApplicationForm.prototype, 'region', (f) => text(f, 'region'));
fromForm(ApplicationForm.prototype, 'address', (f) => optional(text(f, 'address')));
fromForm(ApplicationForm.prototype, 'phone', (f) => optional(text(f, 'phone')));
fromForm(ApplicationForm.prototype, 'branches', (f) => ([] as unknown[]).concat(f.branches ?? []).filter((b) => typeof b === 'string'));
fromForm(ApplicationForm.prototype, 'description', (f) =>
  plainToInstance(LocalizedTextDto, {
    en: text(f, 'descriptionEn'),
    fr: optional(text(f, 'descriptionFr')),
    ar: optional(text(f, 'descriptionAr')),
  }),
);
fromForm(ApplicationForm.prototype, 'foundedYear', (f) => count(f, 'foundedYear'));
fromForm(ApplicationForm.prototype, 'members', (f) =>
  plainToInstance(MemberCountsDto, {
    total: count(f, 'membersTotal'),
    women: count(f, 'membersWomen'),
    youth: count(f, 'membersYouth'),
    rural: count(f, 'membersRural'),
  }),
);

/** The API fields of an application, for CooperativesService. */
export function applicationDto(form: ApplicationForm): CreateCooperativeDto {
  const { name, ice, region, city, address, branches, description, foundedYear, members, contactEmail, phone } = form;
  return { name, ice, region, city, address, branches, description, foundedYear, members, contactEmail, phone };
}

/** Ticking insurance without a quote yet asks for one: the form is then a quote request, not an order. */
const quoting = (form: Record<string, unknown>): boolean => text(form, 'insure') === 'yes' && !text(form, 'insuranceQuoteId');

/** A transit-cover quote for the cart (the items come from the cart, not the form). */
export class CheckoutQuote extends OmitType(CreateInsuranceQuoteDto, ['items'] as const) {}

/**
 * The checkout form as the API's CreateOrderDto (the items come from the cart) or, when it asks for
 * an insurance quote first, as its CreateInsuranceQuoteDto in `quote`: only the one it is is checked.
 */
export class CheckoutForm extends OmitType(CreateOrderDto, ['items'] as const) {
  @CSRF() _csrf?: string;
  /** Minted with the form, so a double submit places one order; a malformed one is replaced. */
  @FormText() idempotencyKey?: string;
  @FormText() name?: string;
  @FormText() line1?: string;
  @FormText() line2?: string;
  @FormText() city?: string;
  @FormText() postalCode?: string;
  @FormText() country?: string;
  @FormText() phone?: string;
  @FormText() insure?: string;
  @IsOptional() @ValidateNested() quote?: CheckoutQuote;
}
fromForm(CheckoutForm.prototype, 'shippingAddress', (f) =>
  plainToInstance(ShippingAddressDto, {
    name: text(f, 'name'),
    line1: text(f, 'line1'),
    line2: optional(text(f, 'line2')),
    city: text(f, 'city'),
    postalCode: text(f, 'postalCode'),
    country: text(f, 'country').toUpperCase(),
    phone: optional(text(f, 'phone')),
  }),
);
fromForm(CheckoutForm.prototype, 'currency', (f) => text(f, 'currency').toUpperCase());
fromForm(CheckoutForm.prototype, 'paymentMethod', (f) => text(f, 'paymentMethod'));
fromForm(CheckoutForm.prototype, 'incoterm', (f) => (text(f, 'incoterm') === 'DDP' ? 'DDP' : 'DAP'));
fromForm(CheckoutForm.prototype, 'insuranceQuoteId', (f) =>
  text(f, 'insure') === 'yes' ? optional(text(f, 'insuranceQuoteId')) : undefined,
);
fromForm(CheckoutForm.prototype, 'quote', (f) =>
  quoting(f)
    ? plainToInstance(CheckoutQuote, {
        destinationCountry: text(f, 'country').toUpperCase(),
        currency: text(f, 'currency').toUpperCase(),
        coverages: ['transit'],
      })
    : undefined,
);
for (const field of ['shippingAddress', 'currency', 'paymentMethod']) {
  ValidateIf((form: CheckoutForm) => form.quote === undefined)(CheckoutForm.prototype, field);
}

/** The order a checkout form places, with the cart's items. */
export function orderDto(form: CheckoutForm, items: OrderItemDto[]): CreateOrderDto {
  const { currency, shippingAddress, paymentMethod, incoterm, insuranceQuoteId } = form;
  return { items, currency, shippingAddress, paymentMethod, incoterm, insuranceQuoteId };
}
