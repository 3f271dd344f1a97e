import { Body, Controller, Get, HttpCode, Ip, Patch, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { AccountService } from './account.service';
import { Auth } from './auth.decorator';
import type { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import {
  ChangeEmailDto,
  ChangePasswordDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  UpdateMeDto,
  VerifyEmailDto,
} from './dto/account.dto';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { AuthResponse, UserView } from './dto/user-view';
import { EmailVerificationService } from './email-verification.service';
import { MeService } from './me.service';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly me: MeService,
    private readonly account: AccountService,
    private readonly verification: EmailVerificationService,
    private readonly resets: PasswordResetService,
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

  @Patch('me')
  @Auth()
  @ApiOperation({ summary: 'Change your name, language (of pages and messages) or message preferences' })
  @ApiOkResponse({ type: UserView })
  async updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<UserView> {
    await this.account.update(user, dto);
    return this.me.describe(user.id);
  }

  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an email address with the token from the verification email' })
  @ApiOkResponse({ schema: { example: { verified: true } } })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'TOKEN_INVALID: unknown, used or expired' })
  async verifyEmail(@Body() dto: VerifyEmailDto): Promise<{ verified: true }> {
    await this.verification.verify(dto.token);
    return { verified: true };
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @Auth()
  @ApiOperation({ summary: 'Send a new verification email to your current address' })
  @ApiAcceptedResponse({ schema: { example: { sent: true } } })
  async resendVerification(@CurrentUser() user: AuthUser): Promise<{ sent: true }> {
    await this.account.resendVerification(user);
    return { sent: true };
  }

  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a password-reset link; the same answer whether or not the address has an account' })
  @ApiAcceptedResponse({ schema: { example: { accepted: true } } })
  async requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<{ accepted: true }> {
    await this.resets.request(dto.email);
    return { accepted: true };
  }

  @Post('password-reset/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password with a reset token (once, within an hour); every other session ends' })
  @ApiOkResponse({ type: AuthResponse })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'TOKEN_INVALID: unknown, used or expired' })
  async confirmPasswordReset(@Body() dto: PasswordResetConfirmDto): Promise<AuthResponse> {
    return this.auth.issue(await this.resets.confirm(dto.token, dto.password));
  }

  @Post('change-password')
  @HttpCode(200)
  @Auth()
  @ApiOperation({ summary: 'Change your password; every other session ends and a new token is returned' })
  @ApiOkResponse({ type: AuthResponse })
  @ApiUnauthorizedResponse({ type: ErrorBody, description: 'INVALID_CREDENTIALS: the current password is wrong' })
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<AuthResponse> {
    return this.auth.issue(await this.account.changePassword(user, dto.currentPassword, dto.newPassword));
  }

  @Post('change-email')
  @HttpCode(200)
  @Auth()
  @ApiOperation({ summary: 'Change your email address; the new one must be verified again' })
  @ApiOkResponse({ type: AuthResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'EMAIL_TAKEN' })
  async changeEmail(@CurrentUser() user: AuthUser, @Body() dto: ChangeEmailDto): Promise<AuthResponse> {
    return this.auth.issue(await this.account.changeEmail(user, dto.currentPassword, dto.newEmail));
  }
}
