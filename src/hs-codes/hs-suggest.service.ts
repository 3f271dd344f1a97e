import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { Transactions } from '../common/database/transactions';
import { CRAFT_VOCABULARY } from './data/hs-craft-vocabulary.data';
import { HsEditionRepository } from './hs-edition.repository';
import { requireEditionInForce } from './hs-edition-in-force';
import { HsNomenclatureRepository } from './hs-nomenclature.repository';
import { buildSuggesterIndex, HsSuggestion, HsSuggestions, SuggesterIndex, SuggestInput, suggestWithFit } from './hs-suggester';

const utcDay = (): string => new Date().toISOString().slice(0, 10);

/**
 * Holds the suggester's index, built from every subheading of the edition in force (curated labels
 * included), so a suggestion is an in-process computation of a millisecond or so. The index is
 * rebuilt in the background when the nomenclature or its editions change on any instance (the change
 * feed) and when the day changes (a new edition may come into force); suggestions keep using the
 * previous index until the new one is ready.
 */
@Injectable()
export class HsSuggestService implements OnApplicationBootstrap {
  private readonly logger = new Logger(HsSuggestService.name);
  private index?: SuggesterIndex;
  private builtOn = '';
  private stale = false;
  private rebuilding?: Promise<void>;

  constructor(
    private readonly transactions: Transactions,
    private readonly editions: HsEditionRepository,
    private readonly nomenclature: HsNomenclatureRepository,
    feed: ChangeFeed,
  ) {
    for (const topic of ['hs_editions', 'hs_subheadings']) feed.on(topic, () => (this.stale = true));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.rebuild();
  }

  /** The suggestions with how well the best one fits ("none": nothing fits, no suggestion). */
  suggestWithFit(input: SuggestInput): HsSuggestions {
    if (!this.index) throw new Error('The HS suggester is used before the application has started');
    if ((this.stale || this.builtOn !== utcDay()) && !this.rebuilding) {
      this.rebuilding = this.rebuild()
        .catch((error: unknown) =>
          this.logger.warn(`HS suggester index not rebuilt: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => (this.rebuilding = undefined));
    }
    return suggestWithFit(this.index, input);
  }

  /** Just the suggestions, for the artisan form: empty when nothing fits. */
  suggest(input: SuggestInput): HsSuggestion[] {
    return this.suggestWithFit(input).suggestions;
  }

  private async rebuild(): Promise<void> {
    this.stale = false;
    const day = utcDay();
    const tx = this.transactions.manager;
    const edition = requireEditionInForce(await this.editions.all(tx), new Date());
    const entries = await this.nomenclature.subheadings(tx, edition);
    this.index = buildSuggesterIndex(entries, CRAFT_VOCABULARY);
    this.builtOn = day;
  }
}
