import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalLocalizedTextDto } from '../../products/dto/optional-localized-text.dto';
import { IMAGE_STATUSES } from '../image-status';

export class ImageVariantView {
  @ApiProperty({ example: 640 }) width: number;
  @ApiProperty({ example: 480 }) height: number;
  @ApiProperty({ example: '/media/i/0b6f…/3f2a9c0d1e2b4a5c-640.webp' }) url: string;
}

export class ImageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: IMAGE_STATUSES }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The largest derivative; null until ready' }) url: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) width: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) height: number | null;
  @ApiProperty({ type: [ImageVariantView], description: 'WebP derivatives, narrowest first' }) variants: ImageVariantView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'A tiny blurred preview (data URI)' }) placeholder: string | null;
  @ApiProperty({ type: OptionalLocalizedTextDto }) alt: OptionalLocalizedTextDto;
}

/** What a product card shows: one small derivative and its placeholder. */
export class ThumbnailView {
  @ApiProperty() url: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiPropertyOptional({ nullable: true, type: String }) placeholder: string | null;
  @ApiProperty({ type: OptionalLocalizedTextDto }) alt: OptionalLocalizedTextDto;
}
