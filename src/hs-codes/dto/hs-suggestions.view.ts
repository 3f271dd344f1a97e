import { ApiProperty } from '@nestjs/swagger';
import { HsSuggestionView } from './hs-suggestion.view';

export class HsSuggestionsView {
  @ApiProperty({ type: [HsSuggestionView], description: 'At most 5, best first; empty when nothing fits' })
  suggestions: HsSuggestionView[];
}
