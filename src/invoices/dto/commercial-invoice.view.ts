import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class InvoiceExporter {
  @ApiProperty() cooperativeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: "Identifiant Commun de l'Entreprise" }) ice: string;
  @ApiProperty({ type: [String], example: ['Médina', 'Safi', 'Marrakech-Safi', 'Morocco'] }) address: string[];
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class InvoiceParty {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}

export class InvoiceAddress {
  @ApiProperty() name: string;
  @ApiProperty() line1: string;
  @ApiPropertyOptional() line2?: string;
  @ApiProperty() city: string;
  @ApiProperty() postalCode: string;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty() countryName: string;
}

export class InvoiceLine {
  @ApiProperty() description: string;
  @ApiProperty() hsCode: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '5701109000',
    description: 'The national tariff line declared where the destination asks for more than 6 digits; null when it is to be completed',
  })
  declaredCode: string | null;
  @ApiProperty({ example: 'MA' }) originCountry: string;
  @ApiProperty({ example: 'Morocco' }) origin: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unitPriceMinor: number;
  @ApiProperty() lineTotalMinor: number;
  @ApiProperty() netWeightGrams: number;
}

export class InvoiceInsurance {
  @ApiProperty({ description: "This part's share of the order's insurance premium" }) amountMinor: number;
  @ApiProperty({ type: String, nullable: true, description: 'The policy bound when the order was paid; null without insurance' })
  policyNumber: string | null;
}

export class InvoiceProofOfOrigin {
  @ApiProperty({ enum: ['origin_declaration', 'eur1_certificate', 'eur_value_unknown', 'not_eu'] }) kind: string;
  @ApiProperty({ type: Number, nullable: true }) valueEurMinor: number | null;
  @ApiProperty() limitEur: number;
  @ApiProperty({ type: String, nullable: true, description: 'The declaration to print, when one applies' }) text: string | null;
}

export class InvoiceImportCharges {
  @ApiProperty({ description: "This part's share of the duties and taxes Hirfa collected at checkout (not part of the customs value)" })
  collectedMinor: number;
  @ApiProperty({ type: String, nullable: true, description: 'IOSS or the UK scheme when Hirfa collected the VAT as deemed supplier' })
  vatScheme: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The IOSS number, when VAT was collected under IOSS' }) iossNumber:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The UK VAT number, when UK VAT was charged at sale' }) ukVatNumber:
    string | null;
}

export class InvoicePreferentialOrigin {
  @ApiProperty({ example: 'US–Morocco FTA' }) scheme: string;
  @ApiProperty({ description: 'The proof the destination needs' }) proof: string;
  @ApiProperty({ description: 'The statement to print for it' }) text: string;
}

export class InvoicePostalForm {
  @ApiProperty({ enum: ['CN22', 'CN23'] }) form: string;
  @ApiProperty({ description: 'Value of the contents in MAD minor units' }) valueMadMinor: number;
  @ApiProperty({ example: '74.63' }) valueSdr: string;
  @ApiProperty() limitSdr: number;
  @ApiProperty({ example: '13.4' }) madPerSdr: string;
  @ApiProperty({ example: 'sale_of_goods' }) category: string;
  @ApiProperty({ example: 10, description: 'How many digits of the tariff code the destination declares (6, or 10 for the US)' })
  declaredDigits: number;
  @ApiProperty() netWeightGrams: number;
  @ApiProperty() grossWeightGrams: number;
}

export class CommercialInvoiceView {
  @ApiProperty({ example: 'HF-00000042-1' }) invoiceNumber: string;
  @ApiProperty({ example: '2026-03-10' }) invoiceDate: string;
  @ApiProperty() orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty() cooperativeOrderId: string;
  @ApiProperty({ type: InvoiceExporter }) exporter: InvoiceExporter;
  @ApiProperty({ type: InvoiceParty }) buyer: InvoiceParty;
  @ApiProperty({ type: InvoiceAddress }) deliveryAddress: InvoiceAddress;
  @ApiProperty({ enum: ['DAP', 'DDP'] }) incoterm: string;
  @ApiProperty({ example: 'DAP Portland, United States' }) incotermPlace: string;
  @ApiProperty() currency: string;
  @ApiProperty({ type: [InvoiceLine] }) lines: InvoiceLine[];
  @ApiProperty() goodsMinor: number;
  @ApiProperty() shippingMinor: number;
  @ApiProperty({ type: InvoiceInsurance }) insurance: InvoiceInsurance;
  @ApiProperty() totalMinor: number;
  @ApiProperty({ type: InvoiceProofOfOrigin }) proofOfOrigin: InvoiceProofOfOrigin;
  @ApiProperty({ type: InvoiceImportCharges }) importCharges: InvoiceImportCharges;
  @ApiPropertyOptional({ type: InvoicePreferentialOrigin, nullable: true, description: 'The preference the landed-cost estimate applied' })
  preferentialOrigin: InvoicePreferentialOrigin | null;
  @ApiProperty({ type: InvoicePostalForm }) postalForm: InvoicePostalForm;
}
