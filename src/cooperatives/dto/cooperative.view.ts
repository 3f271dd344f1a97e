import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BRANCHES } from '../../common/domain/branches';
import { REGIONS } from '../../common/domain/regions';
import { COOPERATIVE_STATUSES } from '../cooperative-status';
import type { Cooperative } from '../cooperative';
import { LocalizedTextDto } from '../../common/dto/localized-text.dto';
import { ImageView } from '../../media/dto/image.view';
import type { MediaUrls } from '../../media/media-urls';
import { MemberCountsDto } from './member-counts.dto';

export class CooperativeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() ice: string;
  @ApiProperty({ example: 'MA-07' }) region: string;
  @ApiProperty({ example: 'Marrakech-Safi' }) regionName: string;
  @ApiProperty() city: string;
  @ApiPropertyOptional({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ enum: BRANCHES, isArray: true }) branches: string[];
  @ApiProperty({ type: LocalizedTextDto }) description: LocalizedTextDto;
  @ApiPropertyOptional({ nullable: true, type: Number }) foundedYear: number | null;
  @ApiProperty({ type: MemberCountsDto }) members: { total: number; women: number; youth: number; rural: number };
  @ApiProperty() contactEmail: string;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
  @ApiProperty({ enum: COOPERATIVE_STATUSES }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) statusReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: ImageView }) logo: ImageView | null;
  @ApiPropertyOptional({ nullable: true, type: ImageView, description: 'The cover photo' }) cover: ImageView | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export function toCooperativeView(c: Cooperative, urls: MediaUrls): CooperativeView {
  return {
    id: c.id,
    name: c.name,
    ice: c.ice,
    region: c.region,
    regionName: REGIONS[c.region],
    city: c.city,
    address: c.address,
    branches: c.branches,
    description: c.description,
    foundedYear: c.foundedYear,
    members: { total: c.membersTotal, women: c.membersWomen, youth: c.membersYouth, rural: c.membersRural },
    contactEmail: c.contactEmail,
    phone: c.phone,
    status: c.status,
    statusReason: c.statusReason,
    logo: c.logo ? urls.image(c.logo) : null,
    cover: c.cover ? urls.image(c.cover) : null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export class CooperativePage {
  @ApiProperty({ type: [CooperativeView] }) items: CooperativeView[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
}
