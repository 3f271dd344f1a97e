/**
 * Latency and accuracy of the HS suggester on the labelled products (`npm run bench:hs`), with the
 * index a running service builds: the full HS 2022 list after an import, and the curated subset of
 * a fresh database.
 */
import { HELD_OUT_PRODUCTS, LABELLED_PRODUCTS } from '../test/fixtures/hs-labelled-products';
import { curatedEntries, evaluate, fullEntries, indexOf, percentile } from '../test/support/hs-suggest-evaluation';

const ROUNDS = 30;

function run(name: string, entries: ReturnType<typeof fullEntries>): void {
  const started = process.hrtime.bigint();
  const index = indexOf(entries);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  evaluate(index, LABELLED_PRODUCTS); // warm-up: let the JIT compile the hot paths
  const latencies: number[] = [];
  let last = evaluate(index, LABELLED_PRODUCTS);
  for (let round = 0; round < ROUNDS; round++) {
    last = evaluate(index, LABELLED_PRODUCTS);
    latencies.push(...last.latencies);
  }
  const heldOut = evaluate(index, HELD_OUT_PRODUCTS);
  process.stdout.write(
    `${name}: ${entries.length} subheadings, index built in ${buildMs.toFixed(0)} ms\n` +
      `  accuracy on ${LABELLED_PRODUCTS.length} labelled products: top-1 ${(last.top1 * 100).toFixed(1)}%, top-3 ${(last.top3 * 100).toFixed(1)}%\n` +
      `  accuracy on ${HELD_OUT_PRODUCTS.length} held-out products: top-1 ${(heldOut.top1 * 100).toFixed(1)}%, top-3 ${(heldOut.top3 * 100).toFixed(1)}%\n` +
      `  latency over ${latencies.length} suggestions: p50 ${percentile(latencies, 50).toFixed(3)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(3)} ms, max ${Math.max(...latencies).toFixed(3)} ms\n`,
  );
  for (const miss of [...last.misses, ...heldOut.misses]) {
    process.stdout.write(`  not first: "${miss.title}" expected ${miss.expected}, got ${miss.got.slice(0, 3).join(', ') || 'nothing'}\n`);
  }
}

run('Full HS 2022 (after hs:import)', fullEntries());
run('Curated subset (fresh database)', curatedEntries());
