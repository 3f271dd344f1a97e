import { ApiProperty } from '@nestjs/swagger';

export class HsSuggestionView {
  @ApiProperty({ example: '691200' })
  code: string;

  @ApiProperty({ example: 'Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china' })
  description: string;

  @ApiProperty({ example: 0.87, minimum: 0, maximum: 1, description: 'Confidence, comparable between suggestions' })
  score: number;

  @ApiProperty({ example: "matched 'tagine' (ceramic cooking pot) and material 'clay'" })
  reason: string;
}
