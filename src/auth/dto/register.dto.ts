import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { LOCALES, type Locale, SELF_SERVICE_ROLES } from '../user-role';

export class RegisterDto {
  @ApiProperty({ example: 'amina@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString()
  @Length(10, 200, { message: 'password must be 10 to 200 characters long' })
  password: string;

  @ApiProperty({ example: 'Amina El Idrissi' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ enum: SELF_SERVICE_ROLES, default: 'buyer' })
  @IsOptional()
  @IsIn(SELF_SERVICE_ROLES, { message: 'role must be buyer or artisan' })
  role?: (typeof SELF_SERVICE_ROLES)[number];

  @ApiPropertyOptional({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'en' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}
