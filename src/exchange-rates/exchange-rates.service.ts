import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { Transactions } from '../common/database/transactions';
import { ReferenceCache } from '../common/cache/reference-cache';
import { DomainError } from '../common/errors/domain-error';
import { convert, ExchangeRate as Rate, formatRate, isCurrencyCode, MoneyError, parseRate, Rounding } from '../common/money';
import { ExchangeRateView, toExchangeRateView } from './dto/exchange-rate.view';
import { PutExchangeRateDto } from './dto/put-exchange-rate.dto';
import { ExchangeRate } from './exchange-rate';
import { ExchangeRateRepository } from './exchange-rate.repository';

/** An admin-entered rate; the DTO checks its shape, parseRate also refuses zero. */
function parseAdminRate(madPerUnit: string): Rate {
  try {
    return parseRate(madPerUnit);
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    throw new DomainError('VALIDATION_FAILED', error.message, [{ field: 'madPerUnit', errors: [error.message] }]);
  }
}

export interface RateQuote {
  currency: string;
  rate: Rate;
  madPerUnit: string;
  asOf: string;
}

/** The admin-maintained MAD rates every display price and order total is converted with. */
@Injectable()
export class ExchangeRatesService {
  /** Rows by currency, and the whole list under '*': read per display price and per order otherwise. */
  private readonly cache: ReferenceCache<ExchangeRate[]>;

  constructor(
    private readonly transactions: Transactions,
    private readonly exchangeRates: ExchangeRateRepository,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {
    this.cache = new ReferenceCache(feed, 'exchange_rates');
  }

  assertSupported(currency: string): void {
    if (!isCurrencyCode(currency)) throw new DomainError('UNPROCESSABLE', `Currency ${currency} is not supported`);
  }

  async list(): Promise<ExchangeRateView[]> {
    const rows = await this.cache.get('*', () => this.exchangeRates.list());
    return rows.map(toExchangeRateView);
  }

  async put(admin: AuthUser, currency: string, dto: PutExchangeRateDto): Promise<ExchangeRateView> {
    if (currency === 'MAD') throw new DomainError('UNPROCESSABLE', 'MAD is the base currency; its rate is always 1');
    this.assertSupported(currency);
    const rate = parseAdminRate(dto.madPerUnit);
    const view = await this.transactions.run(async (tx) => {
      const before = await this.exchangeRates.lock(tx, currency);
      const saved = await this.exchangeRates.put(tx, { currency, madPerUnit: formatRate(rate), asOf: dto.asOf, updatedBy: admin.id });
      await this.audit.record(tx, admin, {
        action: 'exchange_rate.put',
        targetType: 'exchange_rate',
        targetId: currency,
        before: before ? { currency, madPerUnit: before.madPerUnit, asOf: before.asOf } : undefined,
        after: { currency, madPerUnit: saved.madPerUnit, asOf: saved.asOf },
      });
      return toExchangeRateView(saved);
    });
    this.feed.changed(this.cache.topic);
    return view;
  }

  /**
   * The current rate of a currency (MAD is 1); 422 when admins have not set one. Cached: a change
   * on any instance is seen by the next quote (see ChangeFeed).
   */
  async quote(currency: string): Promise<RateQuote> {
    this.assertSupported(currency);
    if (currency === 'MAD') return { currency, rate: parseRate('1'), madPerUnit: '1', asOf: new Date().toISOString().slice(0, 10) };
    const [row] = await this.cache.get(currency, () => this.exchangeRates.byCurrency(currency));
    if (!row) throw new DomainError('UNPROCESSABLE', `No exchange rate is set for ${currency}`);
    const rate = parseRate(row.madPerUnit);
    return { currency, rate, madPerUnit: formatRate(rate), asOf: row.asOf };
  }

  static fromMad(amountMinor: number, quote: RateQuote, rounding: Rounding = 'half_up'): number {
    return convert(amountMinor, 'MAD', quote.currency, quote.currency === 'MAD' ? undefined : quote.rate, rounding);
  }

  static toMad(amountMinor: number, quote: RateQuote, rounding: Rounding = 'half_up'): number {
    return convert(amountMinor, quote.currency, 'MAD', quote.currency === 'MAD' ? undefined : quote.rate, rounding);
  }
}
