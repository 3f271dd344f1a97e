import type { DataSource } from 'typeorm';
import { AdminAccountsModule } from '../auth/admin-accounts.module';
import { AdminAccountsService } from '../auth/admin-accounts.service';
import { RegisterDto } from '../auth/dto/register.dto';
import type { User } from '../auth/user';
import { createValidationPipe } from '../common/http/validation.pipe';
import { withServices } from './cli-context';

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
  return withServices(dataSource, [AdminAccountsModule], (app) => app.get(AdminAccountsService).create(account));
}
