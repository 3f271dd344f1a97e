import { Module } from '@nestjs/common';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { RegisterDto } from '../auth/dto/register.dto';
import { PasswordHasher } from '../auth/password-hasher';
import { User } from '../auth/user';
import { createValidationPipe } from '../common/http/validation.pipe';
import { withServices } from './cli-context';

/** The part of auth admin:create needs: the whole AuthModule would bring the mail delivery worker along. */
@Module({ imports: [TypeOrmModule.forFeature([User])], providers: [PasswordHasher] })
class AdminAccountsModule {}

export interface CreateAdminInput {
  email: string;
  password: string;
  name: string;
}

/**
 * Creates an admin, or promotes nobody: an existing email is an error, never silently changed. The
 * input passes the API's validation of a registration, so an admin's email and password obey the
 * same rules as everyone's.
 */
export async function createAdmin(dataSource: DataSource, input: CreateAdminInput): Promise<User> {
  const account = (await createValidationPipe().transform(input, { type: 'body', metatype: RegisterDto })) as RegisterDto;
  return withServices(dataSource, [AdminAccountsModule], async (app) => {
    const users = app.get<Repository<User>>(getRepositoryToken(User));
    if (await users.exists({ where: { email: account.email } })) throw new Error(`An account with email ${account.email} already exists`);
    return users.save(
      users.create({
        email: account.email,
        name: account.name,
        role: 'admin',
        passwordHash: await app.get(PasswordHasher).hash(account.password),
        country: null,
        locale: 'en',
        // Whoever runs the CLI vouches for the address.
        emailVerifiedAt: new Date(),
      }),
    );
  });
}
