import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export class RefundOrderDto {
  @ApiPropertyOptional({ description: "Minor units of the order's currency; omit to refund what is left" })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountMinor?: number;

  @ApiProperty({ example: 'Tagine arrived broken' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 500)
  reason: string;
}
