import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { Transactions } from '../common/database/transactions';
import { REGIONS } from '../common/domain/regions';
import { DomainError } from '../common/errors/domain-error';
import { allocate, parseRate } from '../common/money';
import { AccessService } from '../cooperatives/access.service';
import { FulfilmentService } from '../orders/fulfilment.service';
import { CUSTOMS_THRESHOLDS } from './customs-thresholds.data';
import { eurValue, originDeclarationText, postalForm, preferentialOriginText, proofOfOrigin } from './customs-rules';
import { CommercialInvoiceView } from './dto/commercial-invoice.view';
import { InvoiceRepository } from './invoice.repository';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (iso2: string): string => countryNames.of(iso2) ?? iso2;

/** Parts that have been paid for; an unpaid, cancelled or refunded part ships nothing. */
const INVOICED_STATUSES = ['paid', 'shipped', 'delivered'];

/**
 * The commercial invoice of one cooperative's part of an order: the cooperative is the exporter.
 * Its number is the order number and the part's position among the order's parts (by creation,
 * then id), which never change once the order is placed, so the same part always gets the same
 * number; it is dated the day the order was paid. Insurance is bought on the whole order and is
 * shared between parts in proportion to their goods.
 */
@Injectable()
export class CommercialInvoiceService {
  constructor(
    private readonly transactions: Transactions,
    private readonly fulfilment: FulfilmentService,
    private readonly invoices: InvoiceRepository,
    private readonly access: AccessService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async invoice(cooperativeOrderId: string, user: AuthUser): Promise<CommercialInvoiceView> {
    const { part, order, parts, lines } = await this.access.assertCooperativeOrderReader(
      this.transactions.manager,
      user,
      await this.fulfilment.invoiceable(cooperativeOrderId),
    );
    if (!INVOICED_STATUSES.includes(part.status)) {
      throw new DomainError('INVALID_STATE', `This part is ${part.status.replace('_', ' ')}; a commercial invoice exists once it is paid`);
    }

    const { exporter: cooperative, buyer, eurMadPerUnit } = await this.invoices.parties(part.cooperativeId, order.buyerId);
    const position = parts.findIndex((p) => p.id === part.id);
    const insuranceShares =
      order.insuranceMinor > 0
        ? allocate(
            order.insuranceMinor,
            parts.map((p) => p.subtotalMinor),
          )
        : parts.map(() => 0);
    const insuranceMinor = insuranceShares[position]!;
    const landedShares =
      order.landedCostMinor > 0
        ? allocate(
            order.landedCostMinor,
            parts.map((p) => p.subtotalMinor),
          )
        : parts.map(() => 0);
    const vatScheme = order.landedCost?.vatScheme ?? null;
    const preference = order.landedCost?.preference ?? null;
    const declared = order.landedCost?.declaredCodes ?? null;
    const netWeightGrams = lines.reduce((a, l) => a + l.unitWeightGrams * l.quantity, 0);
    const invoiceDate = (order.paidAt ?? order.createdAt).toISOString().slice(0, 10);

    const valueEur = eurValue(part.subtotalMinor, order.currency, part.subtotalMadMinor, eurMadPerUnit ? parseRate(eurMadPerUnit) : null);
    const proof = proofOfOrigin(order.destinationCountry, valueEur, CUSTOMS_THRESHOLDS.originDeclarationMaxEur);
    const postal = postalForm(part.subtotalMadMinor, CUSTOMS_THRESHOLDS.madPerSdr, CUSTOMS_THRESHOLDS.cn22MaxSdr);
    const address = order.shippingAddress;

    return {
      invoiceNumber: `${order.number}-${position + 1}`,
      invoiceDate,
      orderId: order.id,
      orderNumber: order.number,
      cooperativeOrderId: part.id,
      exporter: {
        cooperativeId: cooperative.id,
        name: cooperative.name,
        ice: cooperative.ice,
        address: [cooperative.address, cooperative.city, REGIONS[cooperative.region] ?? cooperative.region, 'Morocco'].filter(
          (s): s is string => !!s,
        ),
        email: cooperative.contactEmail,
        phone: cooperative.phone,
      },
      buyer: { name: buyer.name, email: buyer.email },
      deliveryAddress: { ...address, countryName: countryName(address.country) },
      incoterm: order.incoterm,
      incotermPlace: `${order.incoterm} ${address.city}, ${countryName(address.country)}`,
      currency: order.currency,
      lines: lines.map((l) => ({
        description: l.title,
        hsCode: l.hsCode,
        declaredCode: declared ? (declared.codes[l.hsCode] ?? null) : l.hsCode,
        originCountry: l.originCountry,
        origin: countryName(l.originCountry),
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
        lineTotalMinor: l.lineTotalMinor,
        netWeightGrams: l.unitWeightGrams * l.quantity,
      })),
      goodsMinor: part.subtotalMinor,
      shippingMinor: part.shippingMinor,
      insurance: { amountMinor: insuranceMinor, policyNumber: order.insuranceQuote?.policyNumber ?? null },
      totalMinor: part.subtotalMinor + part.shippingMinor + insuranceMinor,
      proofOfOrigin: {
        kind: proof.kind,
        valueEurMinor: proof.valueEurMinor,
        limitEur: CUSTOMS_THRESHOLDS.originDeclarationMaxEur,
        text:
          proof.kind === 'origin_declaration'
            ? originDeclarationText(cooperative.name, cooperative.ice, cooperative.city, invoiceDate)
            : null,
      },
      importCharges: {
        collectedMinor: landedShares[position]!,
        vatScheme,
        iossNumber: vatScheme === 'IOSS' ? (this.config.taxRegistrations.iossNumber ?? null) : null,
        ukVatNumber: vatScheme === 'UK online marketplace' ? (this.config.taxRegistrations.ukVatNumber ?? null) : null,
      },
      preferentialOrigin: preference && {
        ...preference,
        text: preferentialOriginText(preference.scheme, cooperative.name, cooperative.ice, cooperative.city, invoiceDate),
      },
      postalForm: {
        ...postal,
        valueMadMinor: part.subtotalMadMinor,
        category: 'sale_of_goods',
        declaredDigits: declared?.digits ?? 6,
        netWeightGrams,
        grossWeightGrams: Math.max(part.weightGrams, netWeightGrams),
      },
    };
  }
}
