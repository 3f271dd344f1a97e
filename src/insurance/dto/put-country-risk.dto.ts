import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';
import { IsPlausibleDate } from '../../common/dto/plausible-date';

export class PutCountryRiskDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    minimum: 0,
    maximum: 7,
    example: 5,
    description: 'null: high-income, not classified (priced as 0)',
  })
  @ValidateIf((dto: PutCountryRiskDto) => dto.riskClass !== null)
  @IsInt({ message: 'riskClass must be a whole number from 0 to 7, or null' })
  @Min(0)
  @Max(7)
  riskClass: number | null;

  @ApiProperty({ example: '2026-06-26' })
  @IsPlausibleDate()
  asOf: string;
}
