import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class RecordPayoutDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() cooperativeId: string;

  @ApiProperty({ example: 250000, description: 'MAD minor units transferred to the cooperative' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000_000)
  amountMinor: number;

  @ApiProperty({ example: 'VIR-PAYOUT-2026-11-07' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 200)
  reference: string;
}
