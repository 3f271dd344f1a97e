import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CRAFT_VOCABULARY } from '../../src/hs-codes/data/hs-craft-vocabulary.data';
import { CURATED_LABELS } from '../../src/hs-codes/data/hs-curated-labels.data';
import { CURATED_SUBHEADINGS } from '../../src/hs-codes/data/hs-curated-nomenclature.data';
import { readNomenclatureCsv } from '../../src/hs-codes/hs-nomenclature-rows';
import { SHIPPED_NOMENCLATURE } from '../../src/hs-codes/hs-shipped-nomenclature';
import { buildSuggesterIndex, HsEntry, SuggesterIndex, suggestWithFit } from '../../src/hs-codes/hs-suggester';
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
  /** The first suggestion is in the right chapter (the first two digits). */
  chapterTop1: number;
  /** Share of answers that said nothing fits (no suggestion): counted as misses above. */
  noFit: number;
  /** Share of first suggestions that are right among answers rated a "good" fit, and how many were. */
  goodFitPrecision: number;
  goodFit: number;
  misses: { title: string; expected: string; got: string[] }[];
  /** Per-product suggestion time, in milliseconds. */
  latencies: number[];
}

/** Accuracy of what the API answers (suggestions with their fit), as a client would see it. */
export function evaluate(index: SuggesterIndex, products: readonly LabelledProduct[]): Evaluation {
  let top1 = 0;
  let top3 = 0;
  let chapter = 0;
  let noFit = 0;
  let good = 0;
  let goodRight = 0;
  const misses: Evaluation['misses'] = [];
  const latencies: number[] = [];
  for (const product of products) {
    const started = process.hrtime.bigint();
    const answer = suggestWithFit(index, product);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const codes = answer.suggestions.map((s) => s.code);
    const rank = codes.indexOf(product.expected);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (codes[0]?.slice(0, 2) === product.expected.slice(0, 2)) chapter++;
    if (answer.fit === 'none') noFit++;
    if (answer.fit === 'good') {
      good++;
      if (rank === 0) goodRight++;
    }
    if (rank !== 0) misses.push({ title: product.title, expected: product.expected, got: codes });
  }
  const n = products.length;
  return {
    top1: top1 / n,
    top3: top3 / n,
    chapterTop1: chapter / n,
    noFit: noFit / n,
    goodFit: good / n,
    goodFitPrecision: good ? goodRight / good : 0,
    misses,
    latencies,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
