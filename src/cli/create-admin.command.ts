import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { User } from '../auth/user';

export interface CreateAdminInput {
  email: string;
  password: string;
  name: string;
}

/** Creates an admin, or promotes nobody: an existing email is an error, never silently changed. */
export async function createAdmin(dataSource: DataSource, input: CreateAdminInput): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${input.email}" is not a valid email address`);
  if (input.password.length < 10) throw new Error('The password must have at least 10 characters');
  const users = dataSource.getRepository(User);
  if (await users.exist({ where: { email } })) throw new Error(`An account with email ${email} already exists`);
  return users.save(
    users.create({
      email,
      name: input.name,
      role: 'admin',
      passwordHash: await new PasswordHasher().hash(input.password),
      country: null,
      locale: 'en',
      // Whoever runs the CLI vouches for the address.
      emailVerifiedAt: new Date(),
    }),
  );
}
