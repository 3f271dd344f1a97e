import { ApiProperty } from '@nestjs/swagger';
import { HsLabelsView } from './hs-labels.view';
import { HsNodeView } from './hs-node.view';

export const HS_LEVELS = ['chapter', 'heading', 'subheading'] as const;
export type HsLevel = (typeof HS_LEVELS)[number];

/** One code with the heading, chapter and section it belongs to (a heading belongs to itself). */
export class HsCodeDetailView {
  @ApiProperty({ example: 2022, description: 'The HS edition the code belongs to' })
  edition: number;

  @ApiProperty({ example: '570110' })
  code: string;

  @ApiProperty({ enum: HS_LEVELS })
  level: HsLevel;

  @ApiProperty({ example: 'Carpets and other textile floor coverings; knotted, of wool or fine animal hair, whether or not made up' })
  description: string;

  @ApiProperty({ type: HsLabelsView, nullable: true })
  labels: HsLabelsView | null;

  @ApiProperty({ type: HsNodeView, nullable: true, description: 'Null for a chapter' })
  heading: HsNodeView | null;

  @ApiProperty({ type: HsNodeView })
  chapter: HsNodeView;

  @ApiProperty({ type: HsNodeView })
  section: HsNodeView;

  @ApiProperty({ type: [HsNodeView], description: "A chapter's headings or a heading's subheadings; empty for a subheading" })
  children: HsNodeView[];
}
