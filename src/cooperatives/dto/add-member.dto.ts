import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn } from 'class-validator';
import { MEMBER_ROLES, type MemberRole } from '../cooperative-status';

export class AddMemberDto {
  @ApiProperty({ example: 'youssef@artisan.example', description: 'An existing artisan account' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  email: string;

  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;
}
