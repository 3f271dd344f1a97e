import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Min } from 'class-validator';

export class ConfirmBankTransferDto {
  @ApiProperty({ example: 'VIR-2026-11-0042', description: 'The bank reference of the transfer received' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 100)
  reference: string;

  @ApiProperty({ example: 1040000, description: "Amount received, in the order currency's minor units; must equal the total" })
  @IsInt()
  @Min(1)
  amountMinor: number;
}
