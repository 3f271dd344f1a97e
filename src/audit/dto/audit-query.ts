import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { LimitQueryDto } from '../../common/dto/limit-query.dto';

export class AuditQuery extends LimitQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ example: 'cooperative.approve' }) @IsOptional() @IsString() @Length(1, 60) action?: string;
  @ApiPropertyOptional({ example: 'cooperative' }) @IsOptional() @IsString() @Length(1, 40) targetType?: string;
  @ApiPropertyOptional({ description: 'The record id (a uuid, or e.g. a currency code)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  targetId?: string;
  @ApiPropertyOptional({ description: 'ISO 8601, inclusive' }) @IsOptional() @IsDateString() from?: string;
  @ApiPropertyOptional({ description: 'ISO 8601, exclusive' }) @IsOptional() @IsDateString() to?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) cursor?: string;
}
