import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

export class ImageOrderDto {
  @ApiProperty({ type: [String], format: 'uuid', description: "Every one of the product's images, first shown first" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  imageIds: string[];
}
