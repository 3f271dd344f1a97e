import { Factories } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { signedInBrowser } from './support/web-forms';

describe('Landed-cost admin page (e2e)', () => {
  let t: TestApp;
  let f: Factories;

  const signedIn = (email: string) => signedInBrowser(t, email);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Factories(t.db);
  });
  afterAll(() => t.close());

  it('shows each rule with what applies today, flags a lapsed one as unknown, and publishes an edit as a new audited version', async () => {
    const admin = await f.admin();
    const { browser, token } = await signedIn(admin.email);
    const page = await browser.get('/admin/landed-cost').expect(200);
    expect(page.text).toContain('<a href="/admin/landed-cost">Landed cost</a>');
    expect(page.text).toMatch(
      /<tr data-state="lapsed"><td dir="ltr">US-surcharge v2 \(surcharge\)<\/td><td dir="ltr">2026-02-24 → 2026-07-24<\/td><td>ended, nothing after it: unknown/,
    );
    expect(page.text).toMatch(/<tr data-state="in_force"><td dir="ltr">FR-vat v1 \(vat\)<\/td>/);

    const [{ rules }] = await t.db.query(`SELECT rules FROM landed_cost_rule_sets WHERE destination = 'US' ORDER BY version DESC LIMIT 1`);
    const successor = {
      ...rules.find((r: { id: string; version: number }) => r.id === 'US-surcharge' && r.version === 2),
      version: 3,
      effectiveFrom: '2026-07-24',
      effectiveTo: null,
      rateBps: 0,
      legalBasis: 'No surcharge after Section 122 lapsed',
    };
    await browser
      .post('/admin/landed-cost')
      .type('form')
      .send({ destination: 'US', rules: JSON.stringify([...rules, successor]) })
      .expect(403);
    await browser.post('/admin/landed-cost').type('form').send({ _csrf: token, destination: 'US', rules: '{not json' }).expect(400);
    await browser
      .post('/admin/landed-cost')
      .type('form')
      .send({ _csrf: token, destination: 'US', rules: JSON.stringify([{ ...successor, effectiveFrom: '9999-01-01' }]) })
      .expect(400);
    await browser
      .post('/admin/landed-cost')
      .type('form')
      .send({ _csrf: token, destination: 'us', rules: JSON.stringify([...rules, successor]) })
      .expect(303)
      .expect('location', '/admin/landed-cost?saved=US');
    const after = await browser.get('/admin/landed-cost?saved=US').expect(200);
    expect(after.text).toContain('New rules published for US.');
    expect(after.text).toMatch(/<tr data-state="in_force"><td dir="ltr">US-surcharge v3 \(surcharge\)<\/td>/);
    const [entry] = await t.db.query(
      `SELECT actor_id, after FROM audit_log WHERE action = 'landed_cost_rules.publish' AND target_id = 'US'`,
    );
    expect(entry.actor_id).toBe(admin.id);
    expect(entry.after.version).toBe(2);

    const csv = await browser.get('/admin/landed-cost/collected.csv').expect(200);
    expect(csv.text.split('\r\n')[0]).toBe('month,destination,currency,kind,scheme,amount,orders,refunded,net');

    const buyer = await f.buyer();
    const buyerSession = await signedIn(buyer.email);
    await buyerSession.browser.get('/admin/landed-cost').expect(403);
  });
});
