import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class SuggestHsCodesDto {
  @ApiProperty({ example: 'Tajine de cuisson en terre cuite' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiPropertyOptional({ example: 'Unglazed tagine for cooking on gas or charcoal, 30 cm' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ example: ['terracotta'], description: 'Main material first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  materials?: string[];
}
