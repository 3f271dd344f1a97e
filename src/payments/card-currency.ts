import { DomainError } from '../common/errors/domain-error';
import { CURRENCY_EXPONENTS, isCurrencyCode, STRIPE_ZERO_DECIMAL_CURRENCIES } from '../common/money';

/**
 * Whether Stripe can take a card payment in `currency` with our minor units as its amounts: zero- and
 * two-decimal currencies whose decimals Stripe counts as ISO 4217 does. Three-decimal currencies
 * (KWD, BHD, OMR, JOD, TND) need amounts ending in 0 at Stripe, which our prices do not guarantee.
 */
export function canPayByCard(currency: string): boolean {
  if (!isCurrencyCode(currency)) return false;
  const exponent = CURRENCY_EXPONENTS[currency];
  return exponent <= 2 && (exponent === 0) === STRIPE_ZERO_DECIMAL_CURRENCIES.includes(currency);
}

/** Refuses a card payment Stripe could not take, before anything is reserved or charged. */
export function assertCardCurrency(currency: string): void {
  if (!canPayByCard(currency)) {
    throw new DomainError(
      'CARD_CURRENCY_NOT_SUPPORTED',
      `Card payment in ${currency} is not supported; choose another currency or a bank transfer`,
      { currency },
    );
  }
}
