import { ApiProperty } from '@nestjs/swagger';
import { MEMBER_ROLES } from '../cooperative-status';

export class MemberView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: string;
  @ApiProperty() joinedAt: Date;
}
