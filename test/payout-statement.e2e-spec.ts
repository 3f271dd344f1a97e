import type { User } from '../src/auth/user';
import { toDecimalString } from '../src/common/money';
import type { Cooperative } from '../src/cooperatives/cooperative';
import { Factories } from './support/factories';
import { bearer, createTestApp, TestApp, tokenFor } from './support/test-app';

interface Entry {
  id: string;
  kind: string;
  amountMadMinor: number;
  orderId: string | null;
  reference: string | null;
  createdAt: string;
  balanceAfterMadMinor: number;
}

/** Times of the entries written, as PostgreSQL stores them (microseconds). */
const TIMES = [
  '2026-09-03T10:00:00.000000Z',
  '2026-09-30T23:59:59.999999Z',
  // A sale's three entries share their transaction's timestamp.
  '2026-10-01T00:00:00.000000Z',
  '2026-10-01T00:00:00.000000Z',
  '2026-10-01T00:00:00.000000Z',
  // Same millisecond, different microseconds: a millisecond cursor would skip some of these.
  '2026-10-15T12:00:00.123100Z',
  '2026-10-15T12:00:00.123200Z',
  '2026-10-15T12:00:00.123300Z',
  '2026-10-15T12:00:00.123400Z',
  '2026-10-20T08:30:00.000000Z',
  '2026-10-31T23:59:59.999999Z',
  '2026-11-01T00:00:00.000000Z',
  '2026-11-02T09:00:00.000000Z',
  '2026-11-02T09:00:00.000000Z',
  '2026-11-28T17:45:00.000000Z',
  '2026-12-01T06:00:00.000000Z',
  '2026-12-02T06:00:00.000000Z',
];

describe('Payout statement paging, periods and CSV (e2e)', () => {
  let t: TestApp;
  let coop: Cooperative;
  let artisan: User;
  /** Every entry with its amount, oldest first (created_at, id), as the ledger orders them. */
  let written: { id: string; amount: number; at: string }[];
  const auth = (): { Authorization: string } => bearer(tokenFor(t.app, artisan));

  async function walk(query: Record<string, string | number>): Promise<{ entries: Entry[]; pages: number; last: Record<string, unknown> }> {
    const entries: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let last: Record<string, unknown> = {};
    do {
      const res: { body: Record<string, unknown> & { entries: Entry[]; nextCursor: string | null } } = await t.http
        .get(`/api/v1/cooperatives/${coop.id}/payouts`)
        .query({ ...query, ...(cursor ? { cursor } : {}) })
        .set(auth())
        .expect(200);
      entries.push(...res.body.entries);
      cursor = res.body.nextCursor;
      last = res.body;
      pages++;
    } while (cursor && pages < 50);
    return { entries, pages, last };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const make = new Factories(t.db);
    artisan = await make.artisan();
    coop = await make.cooperative({}, artisan);
    const other = await make.cooperative();
    const rows: { id: string; amount: number; at: string }[] = [];
    for (const [i, at] of TIMES.entries()) {
      const amount = i % 4 === 3 ? -(1000 + i) : 10_000 + i * 137;
      const reference = i === 6 ? '=HYPERLINK("http://evil.example","x")' : `REF-${i}`;
      const [{ id }] = await t.db.query(
        `INSERT INTO ledger_entries (cooperative_id, kind, amount_mad_minor, reference, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [coop.id, amount < 0 ? 'payout' : 'sale', amount, reference, at],
      );
      rows.push({ id, amount, at });
    }
    // Another cooperative's entry, inside every period, must never appear.
    await t.db.query(`INSERT INTO ledger_entries (cooperative_id, kind, amount_mad_minor, created_at) VALUES ($1, 'sale', 999, $2)`, [
      other.id,
      '2026-10-15T12:00:00.123250Z',
    ]);
    written = rows.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
  });
  afterAll(() => t.close());

  const newestFirst = (rows: typeof written): string[] => [...rows].reverse().map((r) => r.id);
  const sum = (rows: typeof written): number => rows.reduce((a, r) => a + r.amount, 0);
  const inMonth = (month: string): typeof written => written.filter((r) => r.at.startsWith(month));

  it('walks every entry exactly once across pages, newest first, with the running balance', async () => {
    const { entries, pages, last } = await walk({ limit: 3 });
    expect(pages).toBe(Math.ceil(TIMES.length / 3));
    expect(entries.map((e) => e.id)).toEqual(newestFirst(written));
    expect(last).toMatchObject({
      balanceMadMinor: sum(written),
      openingBalanceMadMinor: 0,
      closingBalanceMadMinor: sum(written),
      nextCursor: null,
    });
    // Oldest first, each balance is the previous one plus the entry.
    const oldestFirst = [...entries].reverse();
    oldestFirst.forEach((e, i) => expect(e.balanceAfterMadMinor).toBe(sum(written.slice(0, i + 1))));
  });

  it('keeps each period to its UTC days, both ends included, and the periods add up to the whole ledger', async () => {
    const months = [
      ['2026-09-01', '2026-09-30', '2026-09'],
      ['2026-10-01', '2026-10-31', '2026-10'],
      ['2026-11-01', '2026-11-30', '2026-11'],
      ['2026-12-01', '2026-12-31', '2026-12'],
    ];
    const seen: string[] = [];
    let opening = 0;
    for (const [from, to, month] of months) {
      const { entries, last } = await walk({ from, to, limit: 2 });
      const expected = inMonth(month);
      expect(entries.map((e) => e.id)).toEqual(newestFirst(expected));
      expect(last).toMatchObject({
        from,
        to,
        openingBalanceMadMinor: opening,
        closingBalanceMadMinor: opening + sum(expected),
        balanceMadMinor: sum(written),
      });
      opening += sum(expected);
      seen.push(...entries.map((e) => e.id));
    }
    expect([...seen].sort()).toEqual(written.map((r) => r.id).sort());
    expect(new Set(seen).size).toBe(written.length);

    // A period with either end open.
    expect((await walk({ to: '2026-09-30', limit: 100 })).entries.map((e) => e.id)).toEqual(newestFirst(inMonth('2026-09')));
    expect((await walk({ from: '2026-12-01' })).entries.map((e) => e.id)).toEqual(newestFirst(inMonth('2026-12')));
  });

  it('offers the period as formula-safe CSV matching the JSON', async () => {
    const { entries } = await walk({ from: '2026-10-01', to: '2026-10-31', limit: 4 });
    const res = await t.http
      .get(`/api/v1/cooperatives/${coop.id}/payouts`)
      .query({ from: '2026-10-01', to: '2026-10-31', format: 'csv', limit: 2 })
      .set(auth())
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="payouts-2026-10-01-2026-10-31.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('date,kind,reference,order_id,currency,amount,balance_after,entry_id');
    expect(lines.at(-1)).toBe('');
    const mad = (minor: number): string => toDecimalString(minor, 'MAD');
    const quote = (text: string): string => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const reference = (text: string | null): string => (text === null ? '' : quote(text.startsWith('=') ? `'${text}` : text));
    expect(lines.slice(1, -1)).toEqual(
      entries.map((e) =>
        [
          e.createdAt,
          e.kind,
          reference(e.reference),
          e.orderId ?? '',
          'MAD',
          mad(e.amountMadMinor),
          mad(e.balanceAfterMadMinor),
          e.id,
        ].join(','),
      ),
    );
    expect(res.text).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
  });

  it('refuses a reversed period, a forged cursor and a bad limit, and keeps outsiders out', async () => {
    const url = `/api/v1/cooperatives/${coop.id}/payouts`;
    const oneDay = await t.http.get(url).query({ from: '2026-10-01', to: '2026-10-01' }).set(auth()).expect(200);
    expect(oneDay.body.entries).toHaveLength(3);
    const reversed = await t.http.get(url).query({ from: '2026-11-01', to: '2026-10-01' }).set(auth()).expect(400);
    expect(reversed.body.code).toBe('VALIDATION_FAILED');
    await t.http.get(url).query({ from: '2026-13-01' }).set(auth()).expect(400);
    await t.http
      .get(url)
      .query({ cursor: Buffer.from('["yesterday","x"]').toString('base64url') })
      .set(auth())
      .expect(400);
    await t.http.get(url).query({ cursor: 'not-a-cursor' }).set(auth()).expect(400);
    await t.http.get(url).query({ limit: 0 }).set(auth()).expect(400);
    await t.http.get(url).query({ format: 'xlsx' }).set(auth()).expect(400);
    const outsider = await new Factories(t.db).artisan();
    await t.http
      .get(url)
      .set(bearer(tokenFor(t.app, outsider)))
      .expect(403);
  });
});
