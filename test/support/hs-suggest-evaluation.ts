import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CRAFT_VOCABULARY } from '../../src/hs-codes/data/hs-craft-vocabulary.data';
import { CURATED_LABELS } from '../../src/hs-codes/data/hs-curated-labels.data';
import { CURATED_SUBHEADINGS } from '../../src/hs-codes/data/hs-curated-nomenclature.data';
import { readNomenclatureCsv } from '../../src/hs-codes/hs-nomenclature-rows';
import { SHIPPED_NOMENCLATURE } from '../../src/hs-codes/hs-shipped-nomenclature';
import { buildSuggesterIndex, HsEntry, SuggesterIndex, suggestHsCodes } from '../../src/hs-codes/hs-suggester';
import type { LabelledProduct } from '../fixtures/hs-labelled-products';

/** What the service builds on a migrated database: every HS 2022 subheading shipped, with the curated labels. */
export function fullEntries(): HsEntry[] {
  const { rows } = readNomenclatureCsv(gunzipSync(readFileSync(SHIPPED_NOMENCLATURE.path)).toString('utf8'));
  return rows.map((row) => ({ code: row.hs6, description: row.description, labels: CURATED_LABELS[row.hs6] ?? null }));
}

/** What a fresh database holds before any import: the curated subset. */
export function curatedEntries(): HsEntry[] {
  return CURATED_SUBHEADINGS.map((s) => ({ ...s, labels: CURATED_LABELS[s.code] ?? null }));
}

export function indexOf(entries: HsEntry[]): SuggesterIndex {
  return buildSuggesterIndex(entries, CRAFT_VOCABULARY);
}

export interface Evaluation {
  top1: number;
  top3: number;
  misses: { title: string; expected: string; got: string[] }[];
  /** Per-product suggestion time, in milliseconds. */
  latencies: number[];
}

export function evaluate(index: SuggesterIndex, products: readonly LabelledProduct[]): Evaluation {
  let top1 = 0;
  let top3 = 0;
  const misses: Evaluation['misses'] = [];
  const latencies: number[] = [];
  for (const product of products) {
    const started = process.hrtime.bigint();
    const codes = suggestHsCodes(index, product).map((s) => s.code);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const rank = codes.indexOf(product.expected);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank !== 0) misses.push({ title: product.title, expected: product.expected, got: codes });
  }
  return { top1: top1 / products.length, top3: top3 / products.length, misses, latencies };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
