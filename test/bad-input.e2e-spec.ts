import { Cooperative } from '../src/cooperatives/cooperative';
import { Product } from '../src/products/product';
import { User } from '../src/auth/user';
import { Factories } from './support/factories';
import { FakeStripe } from './support/fake-stripe';
import { placeOrder, US_ADDRESS } from './support/orders';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  $ref?: string;
  type?: string;
  enum?: Json[];
  example?: Json;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
}
interface Operation {
  method: string;
  path: string;
  body?: Schema;
  query: string[];
}

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\uD800b';

function deeplyNested(depth: number): Json {
  let value: Json = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Every string in a JSON value replaced. */
function withStrings(value: Json, text: string): Json {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((v) => withStrings(v, text));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withStrings(v, text)]));
  return value;
}

/**
 * Every route of the OpenAPI document, with a schema-valid body, fed NUL bytes, lone surrogates,
 * deep nesting, nulls, arrays and missing fields: 4xx, never 5xx.
 */
describe('Bad input never answers 5xx (e2e)', () => {
  const stripe = new FakeStripe();
  let t: TestApp;
  let make: Factories;
  let admin: User;
  let buyer: User;
  let artisan: User;
  let coop: Cooperative;
  let product: Product;
  let schemas: Record<string, Schema>;

  const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(schemas[schema.$ref.split('/').pop()!]) : schema);

  function sample(schema: Schema, depth = 0): Json {
    const s = resolve(schema);
    if (s.allOf) return Object.assign({}, ...s.allOf.map((part) => sample(part, depth)));
    if (s.oneOf) return sample(s.oneOf[0], depth);
    if (s.example !== undefined) return s.example;
    if (s.enum) return s.enum[0];
    if (s.type === 'array') return s.items && depth < 4 ? [sample(s.items, depth + 1)] : [];
    if (s.type === 'object' || s.properties) {
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, depth + 1)]));
    }
    if (s.type === 'integer' || s.type === 'number') return 1;
    if (s.type === 'boolean') return true;
    return 'text';
  }

  async function operations(): Promise<Operation[]> {
    const doc = (await t.http.get('/docs-json').expect(200)).body;
    schemas = doc.components?.schemas ?? {};
    const ops: Operation[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>)) {
      for (const [method, op] of Object.entries(item)) {
        const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content;
        const parameters = (op.parameters as { in: string; name: string }[] | undefined) ?? [];
        ops.push({
          method,
          path,
          body: content?.['application/json']?.schema,
          query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        });
      }
    }
    return ops;
  }

  function concretePath(path: string, ids: Record<string, string>): string {
    return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (name === 'id') {
        const resource = Object.keys(ids).find((prefix) => path.includes(`/${prefix}/`));
        return resource ? ids[resource] : ids.products;
      }
      return ids[name] ?? 'x';
    });
  }

  beforeAll(async () => {
    await stripe.start();
    t = await createTestApp(stripe.env());
    make = new Factories(t.db);
    admin = await make.admin();
    buyer = await make.buyer();
    artisan = await make.artisan();
    coop = await make.cooperative({}, artisan);
    product = await make.product(coop, { stock: 1000 });
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  it('answers every route, every role and every hostile payload with less than 500', async () => {
    const order = await placeOrder(t, buyer, [{ productId: product.id, quantity: 1 }]);
    const ids: Record<string, string> = {
      'api/v1/cooperatives': coop.id,
      'api/v1/products': product.id,
      'api/v1/orders': order.id,
      'api/v1/cooperative-orders': order.cooperativeOrders[0].id,
      'api/v1/insurance/quotes': order.id,
      'api/v1/admin/outbox': order.id,
      products: product.id,
      userId: artisan.id,
      imageId: product.id,
      code: '691200',
      iso2: 'US',
      currency: 'EUR',
      destination: 'US',
      zone: 'EU',
    };
    const tokens = [admin, buyer, artisan].map((user) => bearer(tokenFor(t.app, user)));
    const failures: string[] = [];
    const send = async (op: Operation, auth: Record<string, string>, body?: Json, query?: Record<string, string>, what = '') => {
      const url = concretePath(op.path, ids);
      const req = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[op.method](url).set(auth);
      if (query) req.query(query);
      const res = body === undefined ? await req : await req.send(body as object);
      if (res.status >= 500)
        failures.push(`${op.method.toUpperCase()} ${url} ${what} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      return res.status;
    };
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(40);
    let requests = 0;
    for (const op of ops) {
      const base = op.body ? sample(op.body) : undefined;
      const fuzzQuery = Object.fromEntries(op.query.map((name) => [name, NUL]));
      const surrogateQuery = Object.fromEntries(op.query.map((name) => [name, LONE_SURROGATE]));
      const isObject = base !== undefined && base !== null && typeof base === 'object' && !Array.isArray(base);
      // Hostile text and depth with every role; field by field with the first role the route lets in.
      let allowed: Record<string, string> | undefined;
      for (const auth of tokens) {
        const payloads: [string, Json | undefined, Record<string, string>?][] = [
          ['NUL in query', base, fuzzQuery],
          ['lone surrogate in query', base, surrogateQuery],
        ];
        if (isObject) {
          payloads.push(['NUL in strings', withStrings(base, NUL)], ['lone surrogate in strings', withStrings(base, LONE_SURROGATE)]);
          payloads.push(['2,000 deep', { ...base, [Object.keys(base)[0] ?? 'x']: deeplyNested(2000) }]);
        }
        for (const [what, body, query] of payloads) {
          await send(op, auth, body, query, what);
          requests++;
        }
        const status = await send(op, auth, base, undefined, 'the sample');
        requests++;
        if (!allowed && status !== 401 && status !== 403) allowed = auth;
      }
      if (!allowed || !isObject) continue;
      const mutations: [string, Json][] = [];
      for (const key of Object.keys(base)) {
        const { [key]: _omitted, ...without } = base;
        mutations.push([`${key} null`, { ...base, [key]: null }], [`${key} array`, { ...base, [key]: [] }]);
        mutations.push([`${key} missing`, without], [`${key} 1e-7`, { ...base, [key]: 1e-7 }]);
        const inner = base[key];
        if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
          for (const sub of Object.keys(inner)) {
            mutations.push([`${key}.${sub} null`, { ...base, [key]: { ...inner, [sub]: null } }]);
            mutations.push([`${key}.${sub} 1e-7`, { ...base, [key]: { ...inner, [sub]: 1e-7 } }]);
          }
        }
      }
      for (const [what, body] of mutations) {
        await send(op, allowed, body, undefined, what);
        requests++;
      }
    }
    expect(requests).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 240_000);

  it('refuses a constructor key, NUL and lone surrogates with 400 VALIDATION_FAILED on the API and the pages', async () => {
    const as = bearer(tokenFor(t.app, buyer));
    const product = await make.product(coop, { stock: 5 });
    const address = { ...US_ADDRESS };
    const body = { items: [{ productId: product.id, quantity: 1 }], currency: 'MAD', shippingAddress: address, paymentMethod: 'card' };
    for (const bad of [
      { ...body, constructor: 'x' },
      { ...body, shippingAddress: { ...address, name: 'Emma\u0000' } },
      { ...body, shippingAddress: { ...address, city: '\uDC00' } },
      { ...body, shippingAddress: deeplyNested(2000) },
    ]) {
      const res = await t.http.post('/api/v1/orders').set(as).send(bad).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const search = await t.http.get('/api/v1/products').query({ q: 'tagine\u0000' }).expect(400);
    expect(search.headers['x-content-type-options']).toBe('nosniff');
    await t.http.post('/api/v1/auth/login').send({ email: 'a\uD800@example.com', password: 'whatever-it-is' }).expect(400);
    await t.http.get('/').query({ q: '\u0000' }).expect(400);
    expect(await t.db.getRepository(Product).findOneByOrFail({ id: product.id })).toMatchObject({ stock: 5 });
  });

  it('requires nested objects as objects: shippingAddress, members, title, description, dimensionsCm', async () => {
    const buyerAuth = bearer(tokenFor(t.app, buyer));
    const artisanAuth = bearer(tokenFor(t.app, artisan));
    const order = { items: [{ productId: product.id, quantity: 1 }], currency: 'MAD', paymentMethod: 'card' };
    for (const shippingAddress of [undefined, [US_ADDRESS], 'Portland']) {
      const res = await t.http
        .post('/api/v1/orders')
        .set(buyerAuth)
        .send({ ...order, shippingAddress })
        .expect(400);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'shippingAddress' })]));
    }
    const application = {
      name: 'Tiwizi',
      ice: '001561191000066',
      region: 'MA-07',
      city: 'Safi',
      branches: ['pottery'],
      description: { en: 'Potters' },
      contactEmail: 'c@tiwizi.example',
    };
    const noMembers = await t.http.post('/api/v1/cooperatives').set(artisanAuth).send(application).expect(400);
    expect(noMembers.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'members' })]));

    const draft = {
      title: { en: 'Lantern' },
      branch: 'metal',
      hsCode: '940550',
      priceMinor: 1000,
      currency: 'MAD',
      stock: 1,
      weightGrams: 100,
      materials: ['brass'],
    };
    const before = await t.db.getRepository(Product).countBy({ cooperativeId: coop.id });
    for (const bad of [
      { ...draft, title: undefined },
      { ...draft, title: ['Lantern'] },
      { ...draft, description: ['Brass'] },
      { ...draft, dimensionsCm: [1, 2, 3] },
      { ...draft, dimensionsCm: { length: 1e-7, width: 10, height: 10 } },
    ]) {
      await t.http.post(`/api/v1/cooperatives/${coop.id}/products`).set(artisanAuth).send(bad).expect(400);
    }
    await t.http
      .patch(`/api/v1/products/${product.id}`)
      .set(artisanAuth)
      .send({ title: ['x'] })
      .expect(400);
    expect(await t.db.getRepository(Product).countBy({ cooperativeId: coop.id })).toBe(before);
  });

  it('refuses nulls for insurance quote fields that may only be left out', async () => {
    const as = bearer(tokenFor(t.app, buyer));
    const quote = { destinationCountry: 'US', currency: 'MAD', coverages: ['transit'] };
    await t.http
      .post('/api/v1/insurance/quotes')
      .set(as)
      .send({ ...quote, items: null })
      .expect(400);
    await t.http
      .post('/api/v1/insurance/quotes')
      .set(as)
      .send({ ...quote, goodsValueMinor: 100000, paymentTermDays: null })
      .expect(400);
  });

  it('refuses rates dated far in the future or past, so a table dated 9999-12-31 cannot freeze the tariff', async () => {
    const as = bearer(tokenFor(t.app, admin));
    const current = (await t.http.get('/api/v1/admin/insurance/rates').set(as).expect(200)).body;
    const table = { ...current.table, asOf: '9999-12-31' };
    const refused = await t.http.put('/api/v1/admin/insurance/rates').set(as).send(table).expect(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'asOf' })]);
    await t.http.put('/api/v1/admin/country-risks/US').set(as).send({ riskClass: 1, asOf: '9999-12-31' }).expect(400);
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(as).send({ madPerUnit: '10.85', asOf: '0001-01-01' }).expect(400);
    await t.http.put('/api/v1/admin/exchange-rates/EUR').set(as).send({ madPerUnit: '10.85', asOf: '2026-11-30' }).expect(200);
    expect((await t.http.get('/api/v1/admin/insurance/rates').set(as).expect(200)).body.id).toBe(current.id);
  });
});
