import { AuditEntry } from './audit/audit-entry';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordResetToken } from './auth/password-reset-token';
import { User } from './auth/user';
import { Cooperative } from './cooperatives/cooperative';
import { CooperativeMember } from './cooperatives/cooperative-member';
import { HsChapter } from './hs-codes/hs-chapter';
import { HsCorrelation } from './hs-codes/hs-correlation';
import { HsEdition } from './hs-codes/hs-edition';
import { HsHeading } from './hs-codes/hs-heading';
import { HsSection } from './hs-codes/hs-section';
import { HsSubheading } from './hs-codes/hs-subheading';
import { ExchangeRate } from './exchange-rates/exchange-rate';
import { CountryRiskRating } from './insurance/country-risk-rating';
import { InsuranceQuote } from './insurance/insurance-quote';
import { InsuranceRateTable } from './insurance/insurance-rate-table';
import { LandedCostRuleSet } from './landed-cost/landed-cost-rule-set';
import { CooperativeOrder } from './orders/cooperative-order';
import { Order } from './orders/order';
import { OrderLine } from './orders/order-line';
import { StrayPayment } from './orders/stray-payment';
import { Refund } from './payments/refund';
import { StripeEvent } from './payments/stripe-event';
import { LedgerEntry } from './payouts/ledger-entry';
import { OutboxMessage } from './notifications/outbox-message';
import { Image } from './media/image';
import { Product } from './products/product';
import { ProductHsChoice } from './hs-reclassification/product-hs-choice';
import { ExportDayTotal } from './reports/export-day-total';
import { ExportFact } from './reports/export-fact';
import { ShippingRate } from './shipping/shipping-rate';

/**
 * Every entity of the app, listed at the composition root (next to app.module.ts) so that common/database
 * knows no feature: callers hand this list to dataSourceOptions().
 */
export const ENTITIES = [
  User,
  LoginThrottle,
  Cooperative,
  CooperativeMember,
  AuditEntry,
  Product,
  ExchangeRate,
  ShippingRate,
  Order,
  CooperativeOrder,
  OrderLine,
  StripeEvent,
  Refund,
  StrayPayment,
  LedgerEntry,
  HsEdition,
  HsSection,
  HsChapter,
  HsHeading,
  HsSubheading,
  HsCorrelation,
  ProductHsChoice,
  CountryRiskRating,
  InsuranceRateTable,
  InsuranceQuote,
  ExportFact,
  ExportDayTotal,
  LandedCostRuleSet,
  Image,
  PasswordResetToken,
  OutboxMessage,
];
