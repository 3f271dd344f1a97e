import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CRAFT_VOCABULARY } from './data/hs-craft-vocabulary.data';
import { loadEditionInForce } from './hs-editions';
import { buildSuggesterIndex, HsEntry, HsSuggestion, HsSuggestions, SuggesterIndex, SuggestInput, suggestWithFit } from './hs-suggester';

/**
 * Holds the suggester's index, built once at start from every subheading of the edition in force
 * (curated labels included), so a suggestion is an in-process computation of a millisecond or so. A
 * restart picks up what a later `hs:import` added, and a new edition once it is in force.
 */
@Injectable()
export class HsSuggestService implements OnApplicationBootstrap {
  private index?: SuggesterIndex;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const edition = await loadEditionInForce(this.dataSource.manager);
    const entries: HsEntry[] = await this.dataSource.query(
      'SELECT code, description, labels FROM hs_subheadings WHERE edition = $1 ORDER BY code',
      [edition],
    );
    this.index = buildSuggesterIndex(entries, CRAFT_VOCABULARY);
  }

  /** The suggestions with how well the best one fits ("none": nothing fits, no suggestion). */
  suggestWithFit(input: SuggestInput): HsSuggestions {
    if (!this.index) throw new Error('The HS suggester is used before the application has started');
    return suggestWithFit(this.index, input);
  }

  /** Just the suggestions, for the artisan form: empty when nothing fits. */
  suggest(input: SuggestInput): HsSuggestion[] {
    return this.suggestWithFit(input).suggestions;
  }
}
