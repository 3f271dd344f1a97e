import { ApiProperty } from '@nestjs/swagger';

export class HsSuggestionView {
  @ApiProperty({ example: '691200' })
  code: string;

  @ApiProperty({
    example: 'Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china',
  })
  description: string;

  @ApiProperty({ example: 0.87, minimum: 0, maximum: 1, description: 'Relevance, comparable between suggestions of one answer' })
  score: number;

  @ApiProperty({
    example: 0.93,
    minimum: 0,
    maximum: 1,
    description: 'Estimated probability that this is the subheading a customs ruling would decide (calibrated on public rulings)',
  })
  confidence: number;

  @ApiProperty({
    example:
      "matched 'rug' (rug) and material 'wool'; GIR 1: woven, heading 5702; GIR 6: of pile construction, made up, wool or fine animal hair predominates by weight (80 %, Section XI note 2)",
    description: 'The terms matched and, when one decided, the interpretive rule',
  })
  reason: string;
}
