import { Injectable } from '@nestjs/common';
import { Transactions } from '../common/database/transactions';
import { PasswordHasher } from './password-hasher';
import type { User } from './user';
import { UserRepository } from './user.repository';

export interface NewAdmin {
  email: string;
  name: string;
  password: string;
}

/** Admin accounts made by the operator (the CLI); the API never creates one. */
@Injectable()
export class AdminAccountsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** An existing email is an error, never silently promoted. Whoever runs the CLI vouches for the address. */
  async create(admin: NewAdmin): Promise<User> {
    const passwordHash = await this.hasher.hash(admin.password);
    return this.transactions.run(async (tx) => {
      if (await this.users.lockByEmail(tx, admin.email)) throw new Error(`An account with email ${admin.email} already exists`);
      const account = { email: admin.email, name: admin.name, role: 'admin' as const, passwordHash, country: null, locale: 'en' as const };
      return this.users.insert(tx, { ...account, emailVerifiedAt: new Date() });
    });
  }
}
