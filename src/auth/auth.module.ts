import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../common/config/app-config';
import { APP_CONFIG } from '../common/config/config.module';
import { AccessTokens } from './access-tokens';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { LoginThrottleService } from './login-throttle.service';
import { EmailVerificationService } from './email-verification.service';
import { MeService } from './me.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { PasswordResetTokenRepository } from './password-reset-token.repository';
import { UserRepository } from './user.repository';

@Module({
  imports: [
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG],
      // A key object made once: given a string, jsonwebtoken first tries to parse it as a PEM public
      // key on every verify, which cost about a tenth of the CPU of an authenticated request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwt.secret, 'utf8')),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    MeService,
    PasswordHasher,
    LoginThrottleService,
    AccessTokens,
    EmailVerificationService,
    PasswordResetService,
    AccountService,
    UserRepository,
    LoginThrottleRepository,
    PasswordResetTokenRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, PasswordHasher, MeService, AccessTokens, EmailVerificationService, PasswordResetService, AccountService],
})
export class AuthModule {}
