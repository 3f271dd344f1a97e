import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { User } from '../user';
import { LOCALES, USER_ROLES } from '../user-role';

export class MembershipView {
  @ApiProperty({ format: 'uuid' })
  cooperativeId: string;

  @ApiProperty()
  cooperativeName: string;

  @ApiProperty({ enum: ['manager', 'member'] })
  role: string;

  @ApiProperty()
  cooperativeStatus: string;
}

export class UserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: USER_ROLES })
  role: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  country: string | null;

  @ApiProperty({ enum: LOCALES })
  locale: string;

  @ApiProperty({ description: 'Whether the owner has opened the verification link sent to this address' })
  emailVerified: boolean;

  @ApiProperty({ example: { nonEssential: true }, description: 'Message preferences' })
  notifications: { nonEssential: boolean };

  @ApiProperty()
  createdAt: Date;

  @ApiPropertyOptional({ type: [MembershipView] })
  memberships?: MembershipView[];
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    country: user.country,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    notifications: { nonEssential: user.notifyNonEssential },
    createdAt: user.createdAt,
  };
}

export class AuthResponse {
  @ApiProperty({ type: UserView })
  user: UserView;

  @ApiProperty()
  accessToken: string;

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn: number;
}
