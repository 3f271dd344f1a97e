import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Where a frame lives, short: the package under node_modules, else the path under the project. */
function place(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return url;
  const project = /\/(dist\/src\/.*|bench\/.*)$/.exec(url);
  return project ? project[1] : url || '(native)';
}

/**
 * The top entries of a V8 CPU profile by self time, by function and by package (the share of samples
 * spent in each). Usage: npx ts-node --transpile-only bench/profile-top.ts FILE.cpuprofile [--top 25]
 */
function main(): void {
  const file = process.argv[2];
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfSamples = new Map<number, number>();
  for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
  const total = profile.samples.length;
  // Shares of the time the process was working, not waiting for I/O.
  const idle = profile.nodes
    .filter((node) => node.callFrame.functionName === '(idle)')
    .reduce((sum, node) => sum + (selfSamples.get(node.id) ?? 0), 0);
  const busy = total - idle;
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, count] of selfSamples) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    const where = place(url);
    const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + count);
    byPlace.set(where, (byPlace.get(where) ?? 0) + count);
  }
  const print = (title: string, column: string, entries: Map<string, number>): void => {
    process.stdout.write(
      `\n${title} (${total} samples, ${((100 * busy) / total).toFixed(0)} % busy)\n| self % of busy | ${column} |\n|---:|---|\n`,
    );
    for (const [name, count] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`| ${((100 * count) / busy).toFixed(1)} | ${name} |\n`);
    }
  };
  print('By package', 'package or file', byPlace);
  print('By function', 'function', byFunction);
}

main();
