import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { OptionalLocalizedTextDto } from './optional-localized-text.dto';

export class ImageAltDto {
  @ApiProperty({ type: OptionalLocalizedTextDto, description: 'What the photo shows, per language, for screen readers' })
  @IsObject()
  @ValidateNested()
  @Type(() => OptionalLocalizedTextDto)
  alt: OptionalLocalizedTextDto;
}
