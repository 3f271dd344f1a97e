import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Auth } from './auth.decorator';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { AuthResponse, UserView } from './dto/user-view';
import { MeService } from './me.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly me: MeService,
  ) {}

  @Post('register')
  @ApiOperation({ summary: 'Create a buyer or artisan account' })
  @ApiConflictResponse({ type: ErrorBody, description: 'EMAIL_TAKEN' })
  register(@Body() dto: RegisterDto): Promise<AuthResponse> {
    return this.auth.register({ ...dto, role: dto.role ?? 'buyer' });
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange email and password for an access token' })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'Too many failed attempts' })
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<AuthResponse> {
    return this.auth.login(dto.email, dto.password, ip);
  }

  @Get('me')
  @Auth()
  @ApiOperation({ summary: 'The signed-in user with their cooperative memberships' })
  getMe(@CurrentUser() user: AuthUser): Promise<UserView> {
    return this.me.describe(user.id);
  }
}
