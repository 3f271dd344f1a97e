import type { DestinationRules, LandedCostRule } from './landed-cost-rule';

/**
 * The landed-cost rules Hirfa starts with, as gathered in December 2026, each with its legal basis
 * and source. Admins keep them current through PUT /admin/landed-cost/rules/:destination; these
 * only seed an empty table.
 */
const EU_VAT_RATES_BPS: Record<string, number> = { FR: 2000, ES: 2100, DE: 1900, IT: 2200, NL: 2100, BE: 2100, PT: 2300 };

const EU_SOURCE = 'European Commission, Taxation and Customs Union (e-commerce VAT package; customs tariff)';

function euRules(country: string, rateBps: number): LandedCostRule[] {
  const rules: LandedCostRule[] = [
    {
      kind: 'duty',
      id: `${country}-duty`,
      version: 1,
      effectiveFrom: '2000-03-01',
      effectiveTo: null,
      status: 'in_force',
      legalBasis: 'EU–Morocco Association Agreement',
      source: EU_SOURCE,
      base: 'cif',
      mfn: [],
      preference: {
        scheme: 'EU–Morocco Association Agreement',
        origins: ['MA'],
        proof: 'Origin declaration on the commercial invoice (any exporter up to EUR 6,000)',
      },
    },
    {
      kind: 'vat',
      id: `${country}-vat`,
      version: 1,
      effectiveFrom: '2021-07-01',
      effectiveTo: null,
      status: 'in_force',
      legalBasis: 'Council Directive (EU) 2017/2455 (import VAT; IOSS up to EUR 150)',
      source: EU_SOURCE,
      name: 'VAT',
      rateBps,
      base: 'cif_duty',
      marketplaceCollectsUpTo: { amountMinor: 150_00, currency: 'EUR', on: 'goods', scheme: 'IOSS' },
    },
    {
      kind: 'fixed',
      id: `${country}-low-value-duty`,
      version: 1,
      effectiveFrom: '2026-07-01',
      effectiveTo: '2028-07-01',
      sunset: true,
      // Its reach for goods of preferential origin is not settled.
      status: 'disputed',
      legalBasis: 'Regulation (EU) 2026/382',
      source: EU_SOURCE,
      charge: 'duty',
      name: 'EU flat duty on low-value consignments',
      amountMinor: 3_00,
      currency: 'EUR',
      per: 'tariff_line',
      appliesUpTo: { amountMinor: 150_00, currency: 'EUR', on: 'goods' },
    },
  ];
  if (country === 'FR') {
    rules.push({
      kind: 'fixed',
      id: 'FR-handling-fee',
      version: 1,
      effectiveFrom: '2026-03-01',
      effectiveTo: '2027-01-01',
      sunset: true,
      status: 'in_force',
      legalBasis: 'French handling fee on low-value imports (until 31 December 2026 at the latest)',
      source: 'Direction générale des douanes et droits indirects',
      charge: 'fee',
      name: 'French handling fee',
      amountMinor: 2_00,
      currency: 'EUR',
      per: 'line',
      appliesUpTo: { amountMinor: 150_00, currency: 'EUR', on: 'goods' },
    });
  }
  if (country === 'IT') {
    rules.push({
      kind: 'fixed',
      id: 'IT-handling-fee',
      version: 1,
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      status: 'in_force',
      legalBasis: 'Italian handling contribution on low-value parcels',
      source: 'Agenzia delle Dogane e dei Monopoli',
      charge: 'fee',
      name: 'Italian handling fee',
      amountMinor: 2_00,
      currency: 'EUR',
      per: 'consignment',
      appliesUpTo: { amountMinor: 150_00, currency: 'EUR', on: 'goods' },
    });
  }
  return rules;
}

const US: LandedCostRule[] = [
  {
    kind: 'duty',
    id: 'US-duty',
    version: 1,
    effectiveFrom: '2006-01-01',
    effectiveTo: '2025-08-29',
    status: 'in_force',
    legalBasis: 'HTSUS; US–Morocco FTA; de minimis 19 USC 1321',
    source: 'USITC Harmonized Tariff Schedule; USTR',
    base: 'goods',
    mfn: [{ hsPrefix: '570110', rateBps: 450 }],
    exemptUpTo: { amountMinor: 800_00, currency: 'USD', on: 'goods' },
    preference: {
      scheme: 'US–Morocco FTA',
      origins: ['MA'],
      proof: "Importer's claim, SPI code MA: 35 % Moroccan content, shipped directly",
    },
  },
  {
    kind: 'duty',
    id: 'US-duty',
    version: 2,
    effectiveFrom: '2025-08-29',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'HTSUS; US–Morocco FTA; de minimis suspended (CBP regulations of 2026-06-24)',
    source: 'USITC Harmonized Tariff Schedule; USTR; CBP',
    base: 'goods',
    // Hand-knotted wool rugs, 5701.10.90.
    mfn: [{ hsPrefix: '570110', rateBps: 450 }],
    preference: {
      scheme: 'US–Morocco FTA',
      origins: ['MA'],
      proof: "Importer's claim, SPI code MA: 35 % Moroccan content, shipped directly",
    },
    // Postal entries declare a 10-digit HTS code since 2026-07-24.
    declaredDigits: 10,
    nationalCodes: [{ hsCode: '570110', code: '5701109000' }],
  },
  {
    kind: 'surcharge',
    id: 'US-surcharge',
    version: 1,
    effectiveFrom: '2025-04-05',
    effectiveTo: '2026-02-20',
    status: 'disputed',
    legalBasis: 'IEEPA reciprocal tariff (struck down by the Supreme Court on 2026-02-20)',
    source: 'Executive orders; Supreme Court of the United States',
    base: 'goods',
    rateBps: 1000,
    waivedByPreference: false,
  },
  {
    kind: 'surcharge',
    id: 'US-surcharge',
    version: 2,
    effectiveFrom: '2026-02-24',
    effectiveTo: '2026-07-24',
    status: 'in_force',
    legalBasis: 'Trade Act of 1974, Section 122 surcharge (150 days)',
    source: 'Presidential proclamation of 2026-02-24',
    base: 'goods',
    rateBps: 1000,
    waivedByPreference: false,
  },
];

const GB: LandedCostRule[] = [
  {
    kind: 'duty',
    id: 'GB-duty',
    version: 1,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'UK–Morocco Association Agreement',
    source: 'HM Revenue & Customs',
    base: 'cif',
    mfn: [],
    preference: { scheme: 'UK–Morocco Association Agreement', origins: ['MA'], proof: 'Origin declaration on the commercial invoice' },
  },
  {
    kind: 'vat',
    id: 'GB-vat',
    version: 1,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'VAT Act 1994 as amended by the Finance Act 2020 (online marketplaces up to GBP 135)',
    source: 'HM Revenue & Customs',
    name: 'VAT',
    rateBps: 2000,
    base: 'cif_duty',
    marketplaceCollectsUpTo: { amountMinor: 135_00, currency: 'GBP', on: 'goods', scheme: 'UK online marketplace' },
  },
];

const CA_LOW_VALUE = { amountMinor: 20_00, currency: 'CAD', on: 'goods' } as const;
const CA: LandedCostRule[] = [
  {
    kind: 'duty',
    id: 'CA-duty',
    version: 1,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'Customs Tariff (MFN; no agreement with Morocco); postal imports free up to CAD 20',
    source: 'Canada Border Services Agency',
    base: 'goods',
    mfn: [
      { hsPrefix: '570110', rateBps: 650 },
      { hsPrefix: '570210', rateBps: 1250 },
    ],
    exemptUpTo: CA_LOW_VALUE,
  },
  {
    kind: 'vat',
    id: 'CA-gst',
    version: 1,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'Excise Tax Act (GST 5 %, HST in participating provinces)',
    source: 'Canada Revenue Agency',
    name: 'GST/HST',
    rateBps: 500,
    // Postal codes start with the province: K L M N P Ontario, B Nova Scotia, E New Brunswick, A Newfoundland, C PEI.
    regionalRates: [
      { postalPrefixes: 'KLMNP', rateBps: 1300 },
      { postalPrefixes: 'B', rateBps: 1400 },
      { postalPrefixes: 'EAC', rateBps: 1500 },
    ],
    base: 'goods_duty',
    exemptUpTo: CA_LOW_VALUE,
  },
  {
    kind: 'fixed',
    id: 'CA-handling-fee',
    version: 1,
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: "Carrier's handling fee on items with duty or tax",
    source: 'Canada Post',
    charge: 'fee',
    name: 'Carrier handling fee',
    amountMinor: 9_95,
    currency: 'CAD',
    per: 'consignment',
    appliesAbove: CA_LOW_VALUE,
  },
];

const AE: LandedCostRule[] = [
  {
    kind: 'duty',
    id: 'AE-duty',
    version: 1,
    effectiveFrom: '2003-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'GCC Common Customs Law (5 % on CIF; Dubai courier parcels up to AED 1,000 exempt)',
    source: 'Dubai Customs',
    base: 'cif',
    mfn: [],
    defaultRateBps: 500,
    exemptUpTo: { amountMinor: 1000_00, currency: 'AED', on: 'cif' },
  },
  {
    kind: 'vat',
    id: 'AE-vat',
    version: 1,
    effectiveFrom: '2018-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'Federal Decree-Law No. 8 of 2017 on VAT',
    source: 'UAE Federal Tax Authority',
    name: 'VAT',
    rateBps: 500,
    base: 'cif_duty',
  },
];

const SA: LandedCostRule[] = [
  {
    kind: 'duty',
    id: 'SA-duty',
    version: 1,
    effectiveFrom: '2003-01-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'GCC Common Customs Law (duty-free under SAR 1,000)',
    source: 'Zakat, Tax and Customs Authority',
    base: 'cif',
    mfn: [],
    exemptUpTo: { amountMinor: 1000_00, currency: 'SAR', on: 'cif' },
  },
  {
    kind: 'vat',
    id: 'SA-vat',
    version: 1,
    effectiveFrom: '2020-07-01',
    effectiveTo: null,
    status: 'in_force',
    legalBasis: 'VAT Implementing Regulations (15 %)',
    source: 'Zakat, Tax and Customs Authority',
    name: 'VAT',
    rateBps: 1500,
    base: 'cif_duty',
  },
];

export const DEFAULT_LANDED_COST_RULES: readonly DestinationRules[] = [
  { destination: 'US', rules: US },
  { destination: 'GB', rules: GB },
  { destination: 'CA', rules: CA },
  { destination: 'AE', rules: AE },
  { destination: 'SA', rules: SA },
  ...Object.entries(EU_VAT_RATES_BPS).map(([country, rate]) => ({ destination: country, rules: euRules(country, rate) })),
];
