import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../common/config/app-config';
import { APP_CONFIG } from '../common/config/config.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { LoginThrottleService } from './login-throttle.service';
import { MeService } from './me.service';
import { PasswordHasher } from './password-hasher';
import { User } from './user';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, LoginThrottle]),
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwt.secret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, MeService, PasswordHasher, LoginThrottleService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, PasswordHasher, MeService],
})
export class AuthModule {}
