import { Module } from '@nestjs/common';
import { AdminAccountsService } from './admin-accounts.service';
import { PasswordHasher } from './password-hasher';
import { UserRepository } from './user.repository';

/** What admin:create needs, without AuthModule's guard, tokens and mail. */
@Module({ providers: [AdminAccountsService, UserRepository, PasswordHasher], exports: [AdminAccountsService] })
export class AdminAccountsModule {}
