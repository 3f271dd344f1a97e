import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class RecordBankRefundDto {
  @ApiProperty({ example: 'VIR-2026-12-0007', description: 'The bank reference of the transfer sent back to the buyer' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 100)
  reference: string;
}
