import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { IsPlausibleDate } from '../../common/dto/plausible-date';

export class PutExchangeRateDto {
  @ApiProperty({ example: '10.8532', description: 'MAD for one unit of the currency, as a decimal string' })
  @IsString()
  @Matches(/^\d{1,10}(\.\d{1,8})?$/, { message: 'madPerUnit must be a positive decimal string such as "10.8532" (up to 8 decimals)' })
  madPerUnit: string;

  @ApiProperty({ example: '2026-11-29' })
  @IsPlausibleDate()
  asOf: string;
}
