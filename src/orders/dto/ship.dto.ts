import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class ShipDto {
  @ApiProperty({ example: 'Amana EMS' }) @Transform(trim) @IsString() @Length(1, 60) carrier: string;
  @ApiProperty({ example: 'EE123456789MA' }) @Transform(trim) @IsString() @Length(1, 60) trackingNumber: string;
}
