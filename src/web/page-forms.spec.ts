import type { ArgumentMetadata } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { createValidationPipe, type FieldError } from '../common/http/validation.pipe';
import { ApplicationForm, applicationDto, CheckoutForm, orderDto, ProductEditForm, ProductForm, productDto } from './page-forms';

const pipe = createValidationPipe();
const asBody = (metatype: unknown): ArgumentMetadata => ({ type: 'body', metatype: metatype as ArgumentMetadata['metatype'] });

/** The fields the pipe refuses, or [] when the form passes. */
async function refused(metatype: unknown, body: Record<string, unknown>): Promise<string[]> {
  try {
    await pipe.transform(body, asBody(metatype));
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return (error.details as FieldError[]).map((d) => d.field);
  }
}

const product = {
  _csrf: 't',
  titleEn: ' Glazed tagine ',
  titleFr: '',
  titleAr: 'طاجين',
  descriptionEn: '',
  descriptionFr: '',
  descriptionAr: '',
  branch: 'pottery',
  hsCode: '691200',
  hsCodeOther: '',
  price: '450,5',
  stock: '5',
  stockLoaded: '',
  weightGrams: '2500',
  materials: 'clay, , glaze',
  madeBy: '',
};

const address = {
  _csrf: 't',
  name: 'Emma',
  line1: '12 Orchard St',
  line2: '',
  city: 'Portland',
  postalCode: '97205',
  country: 'us',
  phone: '',
};

describe('page forms', () => {
  it('turns the product form into the API DTO', async () => {
    const form = (await pipe.transform({ ...product, hsCodeOther: '691390' }, asBody(ProductForm))) as ProductForm;
    expect(productDto(form)).toEqual({
      title: { en: 'Glazed tagine', ar: 'طاجين' },
      description: undefined,
      branch: 'pottery',
      hsCode: '691390',
      priceMinor: 45050,
      currency: 'MAD',
      stock: 5,
      weightGrams: 2500,
      materials: ['clay', 'glaze'],
      madeBy: undefined,
    });
  });

  it.each([
    ['a price that is not one', ProductForm, { ...product, price: 'cheap' }, ['priceMinor']],
    ['an empty title', ProductForm, { ...product, titleEn: '' }, ['title.en']],
    ['an edit without the stock it showed', ProductEditForm, product, ['stockLoaded']],
    ['an edit', ProductEditForm, { ...product, stockLoaded: '4' }, []],
    ['a field no form has', ProductForm, { ...product, sku: 'x', extra: '1' }, ['extra']],
    ['an order', CheckoutForm, { ...address, currency: 'eur', paymentMethod: 'bank_transfer' }, []],
    [
      'an order without an address',
      CheckoutForm,
      { ...address, name: '', currency: 'EUR', paymentMethod: 'card' },
      ['shippingAddress.name'],
    ],
    [
      'a quote request: only the quote is checked',
      CheckoutForm,
      { ...address, name: '', country: 'zz', currency: 'EUR', insure: 'yes' },
      ['quote.destinationCountry'],
    ],
    [
      'a malformed quote id',
      CheckoutForm,
      { ...address, currency: 'EUR', paymentMethod: 'card', insure: 'yes', insuranceQuoteId: 'x' },
      ['insuranceQuoteId'],
    ],
  ])('%s', async (_case, metatype, body, fields) => {
    expect(await refused(metatype, body)).toEqual(fields);
  });

  it('places an order with the cart items and the quote only when insured', async () => {
    const body = { ...address, currency: 'eur', paymentMethod: 'card', insuranceQuoteId: '3f1c9b9e-0d3a-4a59-9d64-8d5a1b1f7c11' };
    const form = (await pipe.transform(body, asBody(CheckoutForm))) as CheckoutForm;
    const items = [{ productId: '3f1c9b9e-0d3a-4a59-9d64-8d5a1b1f7c12', quantity: 1 }];
    expect(orderDto(form, items)).toMatchObject({
      items,
      currency: 'EUR',
      incoterm: 'DAP',
      insuranceQuoteId: undefined,
      shippingAddress: { country: 'US' },
    });
  });

  it('reads member counts and branches from the application form', async () => {
    const body = {
      _csrf: 't',
      name: 'Coop',
      ice: '001 561 191 000 066',
      region: 'MA-09',
      city: 'Safi',
      address: '',
      branches: 'pottery',
      descriptionEn: 'Pots',
      descriptionFr: '',
      descriptionAr: '',
      foundedYear: '',
      membersTotal: '30',
      membersWomen: '12',
      membersYouth: '',
      membersRural: '',
      contactEmail: 'a@b.example',
      phone: '',
    };
    const form = (await pipe.transform(body, asBody(ApplicationForm))) as ApplicationForm;
    expect(applicationDto(form)).toMatchObject({
      ice: '001561191000066',
      branches: ['pottery'],
      foundedYear: undefined,
      members: { total: 30, women: 12 },
      address: undefined,
    });
  });
});
