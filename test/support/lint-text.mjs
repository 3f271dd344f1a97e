// Lints snippets with ESLint's Node API in a plain Node process: under jest, ESLint cannot import its
// (ESM) config file. Reads `{ config, cases: [{ file, code }] }` on stdin, writes each case's messages.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { config, cases } = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, config) });
const results = [];
for (const { file, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  results.push(result.messages.map(({ ruleId, message, fatal }) => ({ ruleId, message, fatal: fatal ?? false })));
}
process.stdout.write(JSON.stringify(results));
