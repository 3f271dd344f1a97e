import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { RegisterDto } from '../auth/dto/register.dto';
import { LOCALES, type Locale } from '../auth/user-role';
import { OptionalDay } from '../common/dto/optional-day.decorator';
import { PutExchangeRateDto } from '../exchange-rates/dto/put-exchange-rate.dto';
import { ChooseHsCodeDto } from '../hs-reclassification/dto/choose-hs-code.dto';
import { PutCountryRiskDto } from '../insurance/dto/put-country-risk.dto';
import { ShipDto } from '../orders/dto/ship.dto';
import { ExportReportQuery } from '../reports/dto/export-report.query';

/**
 * The storefront's forms as DTOs, validated by the global ValidationPipe like the API's bodies (a
 * failure is the 400 page). Each extends the API's DTO where there is one, so both check alike,
 * and declares what else the form posts: its CSRF token and the fields only the page has.
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
