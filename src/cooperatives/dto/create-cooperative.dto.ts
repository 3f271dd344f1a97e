import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { BRANCHES, type Branch } from '../../common/domain/branches';
import { REGION_CODES, type RegionCode } from '../../common/domain/regions';
import { LocalizedTextDto } from '../../common/dto/localized-text.dto';
import { NestedObject } from '../../common/dto/nested';
import { IsIce } from './is-ice.validator';
import { MemberCountsDto } from './member-counts.dto';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateCooperativeDto {
  @ApiProperty({ example: 'Coopérative Tifawin' })
  @Transform(trim)
  @IsString()
  @Length(2, 160)
  name: string;

  @ApiProperty({ example: '001561191000066', description: "Identifiant Commun de l'Entreprise: 15 digits, divisible by 97" })
  @IsIce()
  ice: string;

  @ApiProperty({ enum: REGION_CODES, example: 'MA-07' })
  @IsIn(REGION_CODES, { message: 'region must be one of MA-01 … MA-12' })
  region: RegionCode;

  @ApiProperty({ example: 'Safi' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  city: string;

  @ApiPropertyOptional({ example: 'Colline des Potiers, Safi 46000' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  address?: string;

  @ApiProperty({ enum: BRANCHES, isArray: true, example: ['pottery'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BRANCHES.length)
  @ArrayUnique()
  @IsIn(BRANCHES, { each: true, message: `each branch must be one of ${BRANCHES.join(', ')}` })
  branches: Branch[];

  @ApiProperty({ type: LocalizedTextDto })
  @NestedObject(() => LocalizedTextDto)
  description: LocalizedTextDto;

  @ApiPropertyOptional({ example: 2009 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  foundedYear?: number;

  @ApiProperty({ type: MemberCountsDto })
  @NestedObject(() => MemberCountsDto)
  members: MemberCountsDto;

  @ApiProperty({ example: 'contact@tifawin.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  contactEmail: string;

  @ApiPropertyOptional({ example: '+212523000101' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,32}$/, { message: 'phone must be a phone number, e.g. +212523000101' })
  phone?: string;
}
