import { ApiProperty } from '@nestjs/swagger';
import { HsLabelsView } from './hs-labels.view';

/** A 6-digit subheading in search results. */
export class HsCodeSummaryView {
  @ApiProperty({ example: '570110' })
  code: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: HsLabelsView, nullable: true })
  labels: HsLabelsView | null;

  @ApiProperty({ example: '5701' })
  headingCode: string;

  @ApiProperty({ example: '57' })
  chapterCode: string;
}
