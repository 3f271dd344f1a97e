import { ApiProperty } from '@nestjs/swagger';
import { HsLabelsView } from './hs-labels.view';

/** A section, chapter, heading or subheading. */
export class HsNodeView {
  @ApiProperty({ example: '5701', description: 'Roman numeral for a section; 2, 4 or 6 digits otherwise' })
  code: string;

  @ApiProperty({ example: 'Carpets and other textile floor coverings; knotted, whether or not made up' })
  description: string;

  @ApiProperty({ type: HsLabelsView, nullable: true })
  labels: HsLabelsView | null;
}
