import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

export class StatusReasonDto {
  @ApiProperty({ example: 'ICE does not match the trade register' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters long' })
  reason: string;
}
