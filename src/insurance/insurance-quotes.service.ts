import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { zoneForCountry } from '../common/domain/destination-zones';
import { DomainError } from '../common/errors/domain-error';
import { CurrencyCode } from '../common/money';
import { AccessService } from '../cooperatives/access.service';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service';
import { CartPricingService } from '../orders/cart-pricing.service';
import { pricingRiskClass } from './country-risk';
import { CountryRiskRepository } from './country-risk.repository';
import { CreateInsuranceQuoteDto } from './dto/create-insurance-quote.dto';
import { InsuranceQuoteView, toInsuranceQuoteView } from './dto/insurance-quote.view';
import { quoteInsurance } from './insurance-pricing';
import { QuotedItem } from './insurance-quote';
import { InsuranceQuoteRepository } from './insurance-quote.repository';
import { InsuranceRatesService } from './insurance-rates.service';
import { formatPolicyNumber, mergeItems, OrderTerms, quoteMismatch, quoteValidUntil } from './quote-terms';

interface Goods {
  goodsValueMinor: number;
  shippingMinor: number;
  items: QuotedItem[] | null;
  hsCodes?: string[];
}

/**
 * Export-risk insurance quotes: priced by the pure engine from the latest rate table and the
 * destination's class on file, stored with what priced them (the rate table version and the class's as-of date), used once by an order and bound as a
 * policy when that order is paid. Declined requests are answered (422 COVER_DECLINED) but not
 * stored: there is nothing an order could use.
 */
@Injectable()
export class InsuranceQuotesService {
  constructor(
    private readonly quotes: InsuranceQuoteRepository,
    private readonly countryRisks: CountryRiskRepository,
    private readonly rates: ExchangeRatesService,
    private readonly tariffs: InsuranceRatesService,
    private readonly carts: CartPricingService,
    private readonly access: AccessService,
  ) {}

  async create(user: AuthUser, dto: CreateInsuranceQuoteDto): Promise<InsuranceQuoteView> {
    if ((dto.items === undefined) === (dto.goodsValueMinor === undefined)) {
      throw new DomainError('VALIDATION_FAILED', 'Give either items or goodsValueMinor', [
        { field: 'items', errors: ['give either items or goodsValueMinor, not both or neither'] },
      ]);
    }
    const country = dto.destinationCountry;
    if (country === 'MA' || country === 'EH') {
      throw new DomainError('INVALID_DESTINATION', 'Hirfa sells for export: the destination must be outside Morocco');
    }
    const zone = zoneForCountry(country);
    if (!zone) throw new DomainError('INVALID_DESTINATION', `Hirfa does not ship to ${country} yet`);
    const rate = await this.rates.quote(dto.currency);
    const currency = rate.currency as CurrencyCode;

    const table = await this.tariffs.inForce();
    const risk = await this.countryRisks.get(country);
    const askedCountryCover = dto.coverages.filter((c) => c !== 'transit');
    if (!risk && askedCountryCover.length > 0) {
      throw new DomainError('COVER_DECLINED', `No country risk class is on file for ${country}: only transit cover is offered there`, {
        code: 'COUNTRY_NOT_RATED',
        coverage: askedCountryCover[0],
      });
    }

    const goods = dto.items
      ? await this.goodsFromCatalog(dto.items, country, rate.currency)
      : { goodsValueMinor: dto.goodsValueMinor!, shippingMinor: 0, items: null };
    // Items worth less than a minor unit of the quote currency (a 1-centime product in EUR) leave nothing to insure.
    if (goods.goodsValueMinor <= 0)
      throw new DomainError('UNPROCESSABLE', `These items are worth nothing in ${rate.currency}: there is no value to insure`);
    const result = quoteInsurance(
      {
        destinationCountry: country,
        // Without a class on file only transit is quoted, which does not depend on the class.
        riskClass: risk ? pricingRiskClass(risk) : 7,
        zone,
        currency,
        madPerUnit: currency === 'MAD' ? undefined : rate.rate,
        goodsValueMinor: goods.goodsValueMinor,
        shippingMinor: goods.shippingMinor,
        // A value quote does not say what the goods are: priced like the most fragile.
        ...(goods.hsCodes ? { hsCodes: goods.hsCodes } : { goodsClass: 'fragile' as const }),
        coverages: dto.coverages,
        paymentTermDays: dto.paymentTermDays,
      },
      table.data,
    );
    if (result.status === 'declined') {
      throw new DomainError('COVER_DECLINED', result.reason, {
        code: result.code,
        ...(result.coverage ? { coverage: result.coverage } : {}),
      });
    }

    const quote = await this.quotes.insert({
      requesterId: user.id,
      status: 'quoted',
      destinationCountry: country,
      currency,
      madPerUnit: rate.madPerUnit,
      goodsValueMinor: goods.goodsValueMinor,
      shippingMinor: goods.shippingMinor,
      items: goods.items,
      coverages: result.breakdown.map((line) => line.coverage),
      paymentTermDays: dto.paymentTermDays ?? null,
      incoterm: dto.incoterm ?? 'DAP',
      riskClass: risk ? result.riskClass : null,
      goodsClass: result.goodsClass ?? null,
      insuredValueMinor: result.insuredValueMinor,
      premiumMinor: result.premiumMinor,
      premiumMadMinor: ExchangeRatesService.toMad(result.premiumMinor, rate),
      breakdown: [...result.breakdown],
      rateTableId: table.id,
      rateTableAsOf: table.asOf,
      countryRiskAsOf: risk?.asOf ?? null,
      validUntil: quoteValidUntil(new Date()),
    });
    return toInsuranceQuoteView(quote);
  }

  /** Someone else's quote does not exist, as far as a buyer or artisan can tell. */
  async get(id: string, user: AuthUser): Promise<InsuranceQuoteView> {
    const quote = await this.quotes.get(id);
    this.access.assertQuoteRequester(user, quote);
    return toInsuranceQuoteView(quote);
  }

  /**
   * Locks the buyer's quote for an order being placed in `tx`'s transaction and checks the
   * order can use it; returns the premium to charge. Call `attachToOrder` once the order exists.
   */
  async claimForOrder(
    tx: EntityManager,
    buyerId: string,
    quoteId: string,
    order: OrderTerms,
  ): Promise<{ premiumMinor: number; premiumMadMinor: number }> {
    const quote = await this.quotes.lock(tx, quoteId);
    if (!quote || quote.requesterId !== buyerId) throw new DomainError('UNPROCESSABLE', 'This insurance quote does not exist');
    if (quote.orderId !== null) {
      throw new DomainError('QUOTE_EXPIRED', 'This insurance quote was already used for another order; ask for a new quote');
    }
    if (quote.validUntil <= new Date()) {
      throw new DomainError('QUOTE_EXPIRED', `This insurance quote expired at ${quote.validUntil.toISOString()}; ask for a new quote`);
    }
    const mismatch = quoteMismatch(quote, order);
    if (mismatch) throw new DomainError('QUOTE_MISMATCH', `This insurance quote does not fit the order: ${mismatch}`);
    return { premiumMinor: quote.premiumMinor, premiumMadMinor: quote.premiumMadMinor };
  }

  async attachToOrder(tx: EntityManager, quoteId: string, orderId: string): Promise<void> {
    await this.quotes.markUsed(tx, quoteId, orderId);
  }

  /** On payment the order's quote becomes a policy with the next number; a second call changes nothing. */
  async bindForOrder(tx: EntityManager, orderId: string): Promise<void> {
    const quote = await this.quotes.lockForOrder(tx, orderId);
    if (!quote || quote.policyNumber !== null) return;
    await this.quotes.bind(tx, quote.id, formatPolicyNumber(await this.quotes.nextPolicySerial(tx)));
  }

  /** Values the goods as an order would: catalog prices converted per unit, shipping per cooperative parcel. */
  private async goodsFromCatalog(requested: QuotedItem[], country: string, currency: string): Promise<Goods> {
    const items = mergeItems(requested);
    const cart = await this.carts.price(items, country, currency);
    return {
      goodsValueMinor: cart.priced.subtotalMinor,
      shippingMinor: cart.priced.shippingMinor,
      items,
      hsCodes: [...cart.hsCodes.values()],
    };
  }
}
