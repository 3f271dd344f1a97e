import { createTestApp, TestApp } from './support/test-app';

/** Every route this service implements, as OpenAPI paths (conventions in docs/api.md). */
const CONTRACT: [method: string, path: string][] = [
  ['post', '/api/v1/auth/register'],
  ['post', '/api/v1/auth/login'],
  ['get', '/api/v1/auth/me'],
  ['patch', '/api/v1/auth/me'],
  ['post', '/api/v1/auth/verify-email'],
  ['post', '/api/v1/auth/password-reset'],
  ['post', '/api/v1/auth/password-reset/confirm'],
  ['post', '/api/v1/auth/change-password'],
  ['get', '/api/v1/admin/outbox'],
  ['post', '/api/v1/admin/outbox/{id}/retry'],
  ['post', '/api/v1/cooperatives'],
  ['get', '/api/v1/cooperatives'],
  ['get', '/api/v1/cooperatives/{id}'],
  ['patch', '/api/v1/cooperatives/{id}'],
  ['post', '/api/v1/cooperatives/{id}/approve'],
  ['post', '/api/v1/cooperatives/{id}/reject'],
  ['post', '/api/v1/cooperatives/{id}/suspend'],
  ['post', '/api/v1/cooperatives/{id}/reinstate'],
  ['get', '/api/v1/cooperatives/{id}/members'],
  ['post', '/api/v1/cooperatives/{id}/members'],
  ['delete', '/api/v1/cooperatives/{id}/members/{userId}'],
  ['get', '/api/v1/cooperatives/{id}/orders'],
  ['get', '/api/v1/cooperatives/{id}/payouts'],
  ['post', '/api/v1/cooperatives/{id}/products'],
  ['patch', '/api/v1/products/{id}'],
  ['post', '/api/v1/products/{id}/submit'],
  ['post', '/api/v1/products/{id}/approve'],
  ['post', '/api/v1/products/{id}/reject'],
  ['post', '/api/v1/products/{id}/archive'],
  ['get', '/api/v1/products'],
  ['get', '/api/v1/products/{id}'],
  ['get', '/api/v1/hs-codes'],
  ['get', '/api/v1/hs-codes/{code}'],
  ['post', '/api/v1/hs-codes/suggest'],
  ['post', '/api/v1/orders'],
  ['get', '/api/v1/orders'],
  ['get', '/api/v1/orders/{id}'],
  ['post', '/api/v1/orders/{id}/checkout'],
  ['post', '/api/v1/orders/{id}/cancel'],
  ['post', '/api/v1/orders/{id}/confirm-bank-transfer'],
  ['post', '/api/v1/orders/{id}/refund'],
  ['post', '/api/v1/cooperative-orders/{id}/ship'],
  ['post', '/api/v1/cooperative-orders/{id}/deliver'],
  ['post', '/api/v1/payments/stripe/webhook'],
  ['post', '/api/v1/admin/payouts'],
  ['get', '/api/v1/admin/audit-log'],
  ['put', '/api/v1/admin/exchange-rates/{currency}'],
  ['get', '/api/v1/shipping-rates'],
  ['put', '/api/v1/admin/shipping-rates/{zone}'],
  ['post', '/api/v1/insurance/quotes'],
  ['get', '/api/v1/insurance/quotes/{id}'],
  ['get', '/api/v1/insurance/country-risks'],
  ['put', '/api/v1/admin/country-risks/{iso2}'],
  ['get', '/health'],
  ['get', '/health/ready'],
];

describe('OpenAPI document (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('describes every contract route this service implements', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    const missing = CONTRACT.filter(([method, path]) => !doc.body.paths[path]?.[method]).map(([m, p]) => `${m.toUpperCase()} ${p}`);
    expect(missing).toEqual([]);
  });

  it('documents the error shape and bearer auth on protected routes', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    expect(doc.body.components.schemas.ErrorBody.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message']));
    expect(doc.body.paths['/api/v1/orders'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.body.paths['/api/v1/products'].get.security).toBeUndefined();
  });
});
