import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class HsCodeParams {
  @ApiProperty({ example: '570110', description: 'A 2-digit chapter, 4-digit heading or 6-digit subheading' })
  @Matches(/^(\d{2}|\d{4}|\d{6})$/, { message: 'code must be a 2-digit chapter, 4-digit heading or 6-digit subheading' })
  code: string;
}
