import { ApiProperty } from '@nestjs/swagger';
import { HsSuggestionView } from './hs-suggestion.view';

export class HsSuggestionsView {
  @ApiProperty({ type: [HsSuggestionView], description: 'At most 5, best first; empty when nothing fits' })
  suggestions: HsSuggestionView[];

  @ApiProperty({
    enum: ['good', 'weak', 'none'],
    example: 'good',
    description: 'How well the best suggestion fits: "weak" means check with a customs broker; "none" comes with no suggestion',
  })
  fit: 'good' | 'weak' | 'none';
}
