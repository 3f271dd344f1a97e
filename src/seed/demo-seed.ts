import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import type { UserRole } from '../auth/user-role';
import { UserRepository } from '../auth/user.repository';
import type { MediaStorage } from '../media/media-storage';
import { DEMO_COOPERATIVES } from './demo-cooperatives';
import { seedDemoImages } from './demo-images';
import { seedDemoOrders } from './demo-orders';
import { DEMO_PRODUCTS } from './demo-products';

export const DEMO_LOGINS = {
  password: 'hirfa-demo-2026',
  accounts: [
    { email: 'admin@hirfa.example', name: 'Hirfa Admin', role: 'admin' as UserRole, country: 'MA' },
    { email: 'emma@buyer.example', name: 'Emma Johnson', role: 'buyer' as UserRole, country: 'US' },
    { email: 'claire@buyer.example', name: 'Claire Martin', role: 'buyer' as UserRole, country: 'FR' },
    { email: 'javier@buyer.example', name: 'Javier García', role: 'buyer' as UserRole, country: 'ES' },
    { email: 'fatima@artisan.example', name: 'Fatima Zahra Amrani', role: 'artisan' as UserRole, country: 'MA' },
    { email: 'youssef@artisan.example', name: 'Youssef Bennani', role: 'artisan' as UserRole, country: 'MA' },
    { email: 'khadija@artisan.example', name: 'Khadija Ait Lahcen', role: 'artisan' as UserRole, country: 'MA' },
  ],
};

/**
 * Demo accounts share a password published in the README: a production database never gets them,
 * whether at first start or through `npm run seed`.
 */
export function demoDataAllowed(nodeEnv: string): boolean {
  return nodeEnv !== 'production';
}

export async function hasDemoData(dataSource: DataSource): Promise<boolean> {
  return (await new UserRepository(dataSource).findByEmail(DEMO_LOGINS.accounts[0].email)) !== null;
}

async function upsertUsers(manager: EntityManager): Promise<Map<string, string>> {
  const users = new UserRepository(manager.connection);
  const passwordHash = await new PasswordHasher().hash(DEMO_LOGINS.password);
  const ids = new Map<string, string>();
  for (const account of DEMO_LOGINS.accounts) {
    ids.set(account.email, await users.upsertVerified(manager, { ...account, passwordHash, locale: 'en' }));
  }
  return ids;
}

async function upsertCooperatives(manager: EntityManager, userIds: Map<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (const coop of DEMO_COOPERATIVES) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO cooperatives (name, ice, region, city, address, branches, description, founded_year,
                                 members_total, members_women, members_youth, members_rural,
                                 contact_email, phone, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (ice) DO UPDATE SET name = EXCLUDED.name
       RETURNING id`,
      [
        coop.name,
        coop.ice,
        coop.region,
        coop.city,
        coop.address,
        coop.branches,
        JSON.stringify(coop.description),
        coop.foundedYear,
        coop.members.total,
        coop.members.women,
        coop.members.youth,
        coop.members.rural,
        coop.contactEmail,
        coop.phone,
        coop.status,
      ],
    );
    await manager.query(
      `INSERT INTO cooperative_members (cooperative_id, user_id, role) VALUES ($1, $2, 'manager')
       ON CONFLICT DO NOTHING`,
      [row.id, userIds.get(coop.managerEmail)],
    );
    ids.push(row.id);
  }
  return ids;
}

async function upsertProducts(manager: EntityManager, cooperativeIds: string[]): Promise<void> {
  for (const p of DEMO_PRODUCTS) {
    await manager.query(
      // The demo's codes are HS 2022 subheadings.
      `INSERT INTO products (cooperative_id, sku, title, description, branch, hs_code, hs_edition, price_minor, currency, stock,
                             weight_grams, dimensions_cm, materials, made_by, status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, 2022, $7, 'MAD', $8, $9, $10, $11, $12, 'published', date_trunc('milliseconds', now()))
       ON CONFLICT (cooperative_id, sku) DO NOTHING`,
      [
        cooperativeIds[p.cooperative],
        p.sku,
        JSON.stringify(p.title),
        JSON.stringify(p.description),
        p.branch,
        p.hsCode,
        p.priceMinor,
        p.stock,
        p.weightGrams,
        p.dimensionsCm ? JSON.stringify(p.dimensionsCm) : null,
        p.materials,
        p.madeBy,
      ],
    );
  }
}

async function upsertExchangeRates(manager: EntityManager): Promise<void> {
  // Indicative rates for the demo; admins keep them current with PUT /admin/exchange-rates/:currency.
  const rates: [string, string][] = [
    ['EUR', '10.85'],
    ['USD', '9.95'],
    ['GBP', '12.70'],
    ['CAD', '7.20'],
    ['AED', '2.71'],
    ['JPY', '0.066'],
  ];
  for (const [currency, madPerUnit] of rates) {
    await manager.query(
      `INSERT INTO exchange_rates (currency, mad_per_unit, as_of) VALUES ($1, $2, current_date) ON CONFLICT (currency) DO NOTHING`,
      [currency, madPerUnit],
    );
  }
}

/** Loads the demo data, photos into `storage`; safe to run again (rows are matched by email and ICE). */
export async function seedDemoData(dataSource: DataSource, storage: MediaStorage): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const userIds = await upsertUsers(manager);
    const cooperativeIds = await upsertCooperatives(manager, userIds);
    await upsertProducts(manager, cooperativeIds);
    await upsertExchangeRates(manager);
    const buyers = DEMO_LOGINS.accounts.filter((account) => account.role === 'buyer').map((account) => userIds.get(account.email)!);
    await seedDemoOrders(manager, buyers);
  });
  // After the transaction: files are written with no row locked.
  await seedDemoImages(dataSource, storage);
}
