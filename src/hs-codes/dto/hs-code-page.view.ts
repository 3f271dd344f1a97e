import { ApiProperty } from '@nestjs/swagger';
import { HsCodeSummaryView } from './hs-code-summary.view';

export class HsCodePageView {
  @ApiProperty({ type: [HsCodeSummaryView] })
  items: HsCodeSummaryView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor: string | null;
}
