import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';
import { OUTBOX_STATUSES, type OutboxStatus } from '../outbox-message';

export class OutboxQuery extends LimitQueryDto {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @ApiPropertyOptional({ description: 'Only messages to this address' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  to?: string;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
