import { createAdmin } from '../src/cli/create-admin.command';
import { ExportFactsService } from '../src/reports/export-facts.service';
import { createTestApp, TestApp } from './support/test-app';

/** The operator's commands run the API's own services and validation from a Nest context. */
describe('CLI commands (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const accounts = (email: string): Promise<{ role: string; verified: boolean; name: string }[]> =>
    t.db.query(`SELECT role, name, email_verified_at IS NOT NULL AS verified FROM users WHERE email = $1`, [email]);

  it('admin:create makes a verified admin whose password signs in', async () => {
    const admin = await createAdmin(t.db, { email: 'Ops@Hirfa.example', password: 'correct horse battery', name: 'Ops' });
    expect(admin.role).toBe('admin');
    expect(await accounts('ops@hirfa.example')).toEqual([{ role: 'admin', name: 'Ops', verified: true }]);
    await t.http.post('/api/v1/auth/login').send({ email: 'ops@hirfa.example', password: 'correct horse battery' }).expect(200);
  });

  it('admin:create refuses an address already in use, changing nothing', async () => {
    await createAdmin(t.db, { email: 'taken@hirfa.example', password: 'correct horse battery', name: 'First' });
    await expect(createAdmin(t.db, { email: 'taken@hirfa.example', password: 'another long one', name: 'Second' })).rejects.toThrow(
      'An account with email taken@hirfa.example already exists',
    );
    expect(await accounts('taken@hirfa.example')).toEqual([{ role: 'admin', name: 'First', verified: true }]);
  });

  it.each([
    [{ email: 'not-an-email', password: 'correct horse battery', name: 'X' }, /email/],
    [{ email: 'short@hirfa.example', password: 'short', name: 'X' }, /password/],
  ])('admin:create validates like registration: %j', async (input, message) => {
    await expect(createAdmin(t.db, input)).rejects.toThrow(message);
    expect(await accounts(input.email)).toEqual([]);
  });

  it('report:rebuild recomputes the export facts through the reports service', async () => {
    const counts = await t.app.get(ExportFactsService).rebuild();
    expect(counts).toEqual({ orders: 0, facts: 0, dayTotals: 0 });
  });
});
