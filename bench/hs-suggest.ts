/**
 * Accuracy and latency of the HS suggester (`npm run bench:hs`), with the index a running service
 * builds: the full HS 2022 list, and the curated subset alone. Accuracy is measured on the team's
 * labelled listings and on two sets of public customs rulings: the tuning set the rules were adjusted
 * on, and the held-out set they never were (test/fixtures/hs-rulings-*.ts).
 */
import { HELD_OUT_PRODUCTS, LABELLED_PRODUCTS, LabelledProduct } from '../test/fixtures/hs-labelled-products';
import { HELD_OUT_RULINGS } from '../test/fixtures/hs-rulings-held-out';
import { TUNING_RULINGS } from '../test/fixtures/hs-rulings-tuning';
import { curatedEntries, evaluate, Evaluation, fullEntries, indexOf, percentile } from '../test/support/hs-suggest-evaluation';

const ROUNDS = 20;
const SETS: [string, readonly LabelledProduct[]][] = [
  ['labelled listings', LABELLED_PRODUCTS],
  ['held-out listings', HELD_OUT_PRODUCTS],
  ['tuning rulings', TUNING_RULINGS],
  ['held-out rulings', HELD_OUT_RULINGS],
];

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

function line(name: string, n: number, r: Evaluation): string {
  return (
    `  ${name.padEnd(18)} n=${String(n).padStart(3)}  top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  chapter top-1 ${pct(r.chapterTop1)}` +
    `  "good" fit ${pct(r.goodFit)} (right ${pct(r.goodFitPrecision)})  no fit ${pct(r.noFit)}\n`
  );
}

function run(name: string, entries: ReturnType<typeof fullEntries>, showMisses: boolean): void {
  const started = process.hrtime.bigint();
  const index = indexOf(entries);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const everything = SETS.flatMap(([, products]) => products);
  evaluate(index, everything); // warm-up: let the JIT compile the hot paths
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) latencies.push(...evaluate(index, everything).latencies);
  process.stdout.write(`${name}: ${entries.length} subheadings, index built in ${buildMs.toFixed(0)} ms\n`);
  const results = SETS.map(([setName, products]) => [setName, products, evaluate(index, products)] as const);
  for (const [setName, products, result] of results) process.stdout.write(line(setName, products.length, result));
  process.stdout.write(
    `  latency over ${latencies.length} suggestions: p50 ${percentile(latencies, 50).toFixed(3)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(3)} ms, max ${Math.max(...latencies).toFixed(3)} ms\n`,
  );
  if (!showMisses) return;
  // Misses of the sets one may look at; the held-out rulings' misses stay unread so they keep measuring.
  for (const [setName, , result] of results.filter(([setName]) => setName !== 'held-out rulings')) {
    for (const miss of result.misses) {
      process.stdout.write(
        `  ${setName}, not first: "${miss.title}" expected ${miss.expected}, got ${miss.got.slice(0, 3).join(', ') || 'nothing'}\n`,
      );
    }
  }
}

run('Full HS 2022 (shipped nomenclature)', fullEntries(), true);
run('Curated subset only', curatedEntries(), false);
