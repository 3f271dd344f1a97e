import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import type { UserRole } from '../auth/user-role';
import { UserRepository } from '../auth/user.repository';
import type { MediaStorage } from '../media/media-storage';
import { DEMO_COOPERATIVES } from './demo-cooperatives';
import { seedDemoImages } from './demo-images';
import { seedDemoOrders } from './demo-orders';
import { DEMO_PRODUCTS } from './demo-products';
import { DemoDataRepository } from './demo-data.repository';

const demo = new DemoDataRepository();

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
    const id = await demo.upsertCooperative(manager, coop);
    await demo.addManager(manager, id, userIds.get(coop.managerEmail)!);
    ids.push(id);
  }
  return ids;
}

async function upsertProducts(manager: EntityManager, cooperativeIds: string[]): Promise<void> {
  for (const p of DEMO_PRODUCTS) {
    await demo.insertProduct(manager, cooperativeIds[p.cooperative]!, p);
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
    await demo.insertRate(manager, currency, madPerUnit);
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
