import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ChangeFeed } from '../common/cache/change-feed.service';
import { DataCache } from '../common/cache/data-cache';
import { AppConfig } from '../common/config/app-config';
import { InjectConfig } from '../common/config/config.module';
import { CATALOG_TOPICS } from '../common/http/response-cache.middleware';
import type { WebContext } from './web-context';

/** What a shared page is read from besides the catalog: a product page's landed-cost estimate. */
const PAGE_TOPICS = [...CATALOG_TOPICS, 'shipping_rates', 'landed_cost_rule_sets', 'hs_editions'];
/** A page is some 10 to 40 kB of text: this many bound the heap they take. */
const MAX_PAGES = 1000;

/**
 * Rendered storefront pages that every anonymous visitor with an empty cart sees alike: the same URL,
 * language, currency and ship-to country. Rendering (templates, translations, prices) is most of a
 * page's cost, so such a page is rendered once and kept, split where the visitor's own CSRF token
 * goes, until a change to what it shows arrives through the change feed (every instance), or for
 * the response cache's maximum age at most. Nothing is kept while the feed is down.
 */
@Injectable()
export class SharedPages {
  /** Stands in for the CSRF token while rendering: random, so no page text can contain it by chance. */
  readonly tokenMark = `csrf-token-${randomUUID()}`;
  private readonly pages: DataCache<string[]>;

  constructor(feed: ChangeFeed, @InjectConfig() config: AppConfig) {
    const { entries, maxAgeMs } = config.responseCache;
    this.pages = new DataCache({ entries: Math.min(entries, MAX_PAGES), maxAgeMs }, () => feed.live);
    for (const topic of PAGE_TOPICS) feed.on(topic, () => this.pages.clear());
  }

  /** The key of the page this visitor shares with others, or undefined when it is theirs alone. */
  keyOf(web: WebContext): string | undefined {
    if (web.user || web.cart.length > 0) return undefined;
    return [web.here, web.locale, web.currency, web.country ?? ''].join('\n');
  }

  /** The page split at the token's place, rendered by `render` (with `tokenMark` for the token) when missing. */
  get(key: string, render: () => Promise<string>): Promise<string[]> {
    return this.pages.get(key, async () => (await render()).split(this.tokenMark));
  }
}
