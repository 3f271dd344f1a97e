import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, DeepPartial } from 'typeorm';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { User } from '../../src/auth/user';
import { AuditEntry } from '../../src/audit/audit-entry';
import { Cooperative } from '../../src/cooperatives/cooperative';
import { CooperativeMember } from '../../src/cooperatives/cooperative-member';
import type { MemberRole } from '../../src/cooperatives/cooperative-status';
import { withIceCheckDigits } from '../../src/cooperatives/ice';
import { ImageRepository } from '../../src/media/image.repository';
import { Product } from '../../src/products/product';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

function unique(): string {
  return randomBytes(4).toString('hex');
}

/** A valid ICE nobody else in the run uses. */
export function uniqueIce(): string {
  const digits = BigInt(`0x${randomBytes(6).toString('hex')}`) % 10_000_000_000_000n;
  return withIceCheckDigits(digits.toString().padStart(13, '0'));
}

/** Rows built with sensible defaults; each test overrides only what it is about. */
export class Factories {
  constructor(private readonly db: DataSource) {}

  async user(overrides: DeepPartial<User> = {}): Promise<User> {
    passwordHash ??= new PasswordHasher().hash(TEST_PASSWORD);
    const repo = this.db.getRepository(User);
    return repo.save(
      repo.create({
        email: `user-${unique()}@test.example`,
        name: 'Test User',
        role: 'buyer',
        country: 'US',
        locale: 'en',
        passwordHash: await passwordHash,
        emailVerifiedAt: new Date(),
        ...overrides,
      }),
    );
  }

  buyer(overrides: DeepPartial<User> = {}): Promise<User> {
    return this.user({ role: 'buyer', ...overrides });
  }

  artisan(overrides: DeepPartial<User> = {}): Promise<User> {
    return this.user({ role: 'artisan', country: 'MA', ...overrides });
  }

  admin(overrides: DeepPartial<User> = {}): Promise<User> {
    return this.user({ role: 'admin', country: null, ...overrides });
  }

  async cooperative(overrides: DeepPartial<Cooperative> = {}, manager?: User): Promise<Cooperative> {
    const repo = this.db.getRepository(Cooperative);
    const cooperative = await repo.save(
      repo.create({
        name: `Coopérative ${unique()}`,
        ice: uniqueIce(),
        region: 'MA-07',
        city: 'Marrakech',
        address: 'Médina, Marrakech',
        branches: ['pottery'],
        description: { en: 'A cooperative of potters', fr: 'Une coopérative de potiers', ar: 'تعاونية للخزافين' },
        foundedYear: 2010,
        membersTotal: 20,
        membersWomen: 12,
        membersYouth: 5,
        membersRural: 8,
        contactEmail: 'contact@coop.example',
        phone: '+212600000000',
        status: 'approved',
        statusReason: null,
        ...overrides,
      }),
    );
    if (manager) await this.member(cooperative, manager, 'manager');
    return cooperative;
  }

  async member(cooperative: Cooperative, user: User, role: MemberRole = 'member'): Promise<CooperativeMember> {
    const repo = this.db.getRepository(CooperativeMember);
    return repo.save(repo.create({ cooperativeId: cooperative.id, userId: user.id, role }));
  }

  async product(cooperative: Cooperative, overrides: DeepPartial<Product> = {}): Promise<Product> {
    const repo = this.db.getRepository(Product);
    const status = overrides.status ?? 'published';
    return repo.save(
      repo.create({
        cooperativeId: cooperative.id,
        title: { en: 'Glazed clay tagine', fr: 'Tajine en terre émaillée', ar: 'طاجين فخار مزجج' },
        description: { en: 'Hand-thrown and glazed in Safi', fr: 'Tourné et émaillé à Safi' },
        branch: 'pottery',
        hsCode: '691200',
        hsEdition: 2022,
        priceMinor: 45000,
        currency: 'MAD',
        stock: 10,
        sku: null,
        weightGrams: 2500,
        dimensionsCm: { length: 30, width: 30, height: 25 },
        materials: ['clay', 'glaze'],
        madeBy: 'Youssef',
        statusReason: null,
        publishedAt: status === 'published' ? new Date() : null,
        ...overrides,
        // A product without a code has no edition either.
        ...(overrides.hsCode === null && overrides.hsEdition === undefined ? { hsEdition: null } : {}),
        status,
      }),
    );
  }

  /**
   * A processed photo recorded on the product, without files: enough for the rules that only ask
   * whether a product has one (tests of uploads make real ones).
   */
  async readyPhoto(product: Product): Promise<Product> {
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO images (id, cooperative_id, product_id, role, status, width, height, variants, placeholder)
       VALUES ($1, $2, $3, 'product', 'ready', 640, 480, $4, 'data:image/webp;base64,')`,
      [id, product.cooperativeId, product.id, JSON.stringify([{ width: 640, height: 480, key: `i/${id}/0123456789abcdef-640.webp` }])],
    );
    const owner = { role: 'product' as const, cooperativeId: product.cooperativeId, productId: product.id };
    await new ImageRepository(this.db).refreshOwner(this.db.manager, owner);
    return this.db.getRepository(Product).findOneByOrFail({ id: product.id });
  }

  auditCount(): Promise<number> {
    return this.db.getRepository(AuditEntry).count();
  }
}
