import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class MemberCountsDto {
  @ApiProperty({ minimum: 1, example: 42 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  total: number;

  @ApiProperty({ minimum: 0, example: 40, description: 'At most total' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  women: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Members under 35; at most total' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  youth?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Members living in rural areas; at most total' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  rural?: number;
}
