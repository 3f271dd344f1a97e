import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { LOCALES, type Locale } from '../user-role';

const lower = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class NotificationPreferencesDto {
  @ApiPropertyOptional({
    description: 'Informational messages (shipping news, publications); account, order and money messages always go',
  })
  @IsOptional()
  @IsBoolean()
  nonEssential?: boolean;
}

export class UpdateMeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'Language of the pages and of every message' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ type: NotificationPreferencesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NotificationPreferencesDto)
  notifications?: NotificationPreferencesDto;
}

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token from the verification link' })
  @IsString()
  @Length(1, 2000)
  token: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'amina@example.com' })
  @Transform(lower)
  @IsString()
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The token from the reset link' })
  @IsString()
  @Length(1, 200)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200, { message: 'password must be 10 to 200 characters long' })
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200, { message: 'newPassword must be 10 to 200 characters long' })
  newPassword: string;
}

export class ChangeEmailDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({ example: 'amina@example.org' })
  @Transform(lower)
  @IsEmail({}, { message: 'newEmail must be a valid email address' })
  @MaxLength(254)
  newEmail: string;
}
