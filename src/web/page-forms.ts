import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { LOCALES, type Locale } from '../auth/user-role';
import { PutExchangeRateDto } from '../exchange-rates/dto/put-exchange-rate.dto';
import { ChooseHsCodeDto } from '../hs-reclassification/dto/choose-hs-code.dto';
import { PutCountryRiskDto } from '../insurance/dto/put-country-risk.dto';
import { ShipDto } from '../orders/dto/ship.dto';

/**
 * The storefront's forms as DTOs, validated by the global ValidationPipe like the API's bodies (a
 * failure is the 400 page). Each extends the API's DTO where there is one, so both check alike,
 * and declares what else the form posts: its CSRF token and the fields only the page has.
 */
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

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
