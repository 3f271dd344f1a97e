import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) actorRole: string | null;
  @ApiProperty({ example: 'cooperative.approve' }) action: string;
  @ApiProperty({ example: 'cooperative' }) targetType: string;
  @ApiProperty({ format: 'uuid' }) targetId: string;
  @ApiPropertyOptional({ description: 'State before the change' }) before: unknown;
  @ApiPropertyOptional({ description: 'State after the change' }) after: unknown;
  @ApiProperty() createdAt: Date;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}
