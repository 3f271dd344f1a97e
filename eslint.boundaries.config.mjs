// The architecture's boundaries (README, "Architecture"), checked by `npm run lint:boundaries`:
//   a. SQL and the DataSource only in repositories (and the database plumbing, migrations, seed, tests, benches);
//   b. no module imports another module's entity or repository as a value (types are fine);
//   c. src/common imports no feature.
// Kept apart from eslint.config.mjs while the SQL still outside repositories is being moved; once
// `npm run lint:boundaries` is clean, `boundaries` can join the main config.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(ROOT, 'src');

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Entity files and the classes they export, found by the decorator so that a new entity is covered
 * without editing this file. Other exports of an entity file (a list of states) are plain values.
 */
const ENTITY_CLASSES = new Map(
  tsFiles(SRC)
    .map((file) => [file, readFileSync(file, 'utf8')])
    .filter(([, text]) => /@Entity\(/.test(text))
    .map(([file, text]) => [file, new Set([...text.matchAll(/export class (\w+)/g)].map((match) => match[1]))]),
);

/** `src/<module>/…` → `<module>`; undefined outside src or for a file directly under it (composition root). */
function moduleOf(file) {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/** The file a relative import names; undefined for packages. */
function resolveImport(importer, source) {
  if (!source.startsWith('.')) return undefined;
  const base = resolve(dirname(importer), source);
  return [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate)) ?? `${base}.ts`;
}

/** The names imported as values (`*` for a namespace, a side effect or `export *`); type-only ones are left out. */
function valueNames(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return [];
  const specifiers = node.specifiers ?? [];
  if (specifiers.length === 0) return node.type === 'ExportNamedDeclaration' ? [] : ['*'];
  return specifiers
    .filter((s) => s.importKind !== 'type' && s.exportKind !== 'type')
    .map((s) => (s.type === 'ImportSpecifier' ? s.imported.name : s.type === 'ExportSpecifier' ? s.local.name : '*'));
}

/** Calls `check(node, target)` for every import and re-export of a file of this repository. */
function onImports(context, check) {
  const visit = (node) => {
    if (!node.source) return;
    const target = resolveImport(context.filename, node.source.value);
    if (target) check(node, target);
  };
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit };
}

const plugin = {
  rules: {
    'no-foreign-entity-or-repository': {
      meta: {
        type: 'problem',
        messages: {
          foreign:
            "'{{module}}' imports {{target}} of module '{{owner}}' as a value: go through that module's exported service " +
            '(a type-only import is fine: `import type { … }`).',
        },
        schema: [],
      },
      create(context) {
        const own = moduleOf(context.filename);
        // Files directly under src (app.module.ts, entities.ts, main.ts) compose every module.
        if (!own) return {};
        return onImports(context, (node, target) => {
          const owner = moduleOf(target);
          if (!owner || owner === own) return;
          const names = valueNames(node);
          const entities = ENTITY_CLASSES.get(target);
          const foreign = entities
            ? names.some((name) => name === '*' || entities.has(name))
            : target.endsWith('.repository.ts') && names.length > 0;
          if (foreign) context.report({ node, messageId: 'foreign', data: { module: own, target: relative(ROOT, target), owner } });
        });
      },
    },
    'common-imports-no-feature': {
      meta: {
        type: 'problem',
        messages: { feature: "src/common is below every feature and may not import one: '{{target}}'." },
        schema: [],
      },
      create(context) {
        return onImports(context, (node, target) => {
          const owner = moduleOf(target);
          if (owner && owner !== 'common') context.report({ node, messageId: 'feature', data: { target: relative(ROOT, target) } });
        });
      },
    },
  },
};

const SQL_MESSAGE = 'SQL belongs in a repository (src/<module>/<aggregate>.repository.ts); services use Transactions and repositories.';
const SQL_CALLS = ['query', 'getRepository', 'createQueryBuilder'];

/** Where the SQL and the DataSource may be: repositories and the database plumbing around them. */
const DATABASE_PLUMBING = [
  'src/**/*.repository.ts',
  'src/common/database/**',
  'src/common/cache/change-feed.service.ts',
  'src/common/jobs/**',
  // Composition roots: they open a DataSource of their own to migrate (and seed) before Nest starts.
  'src/main.ts',
  'src/cli/cli-context.ts',
  'src/cli/cli.module.ts',
];

const TESTS = ['src/**/*.spec.ts'];
/** Demo fixtures written straight into every module's tables, like the tests' factories. */
const SEED = 'src/seed/**';

export const boundaries = [
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries: plugin },
  },
  {
    name: 'boundaries/sql-in-repositories',
    files: ['src/**/*.ts'],
    ignores: [...DATABASE_PLUMBING, SEED, ...TESTS],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...SQL_CALLS.map((name) => ({ selector: `CallExpression[callee.property.name='${name}']`, message: `.${name}(): ${SQL_MESSAGE}` })),
        { selector: "CallExpression[callee.name='getRepository']", message: `getRepository(): ${SQL_MESSAGE}` },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: ['DataSource'],
              allowTypeImports: true,
              message: 'Only repositories inject the DataSource; services inject Transactions and repositories.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'boundaries/modules',
    files: ['src/**/*.ts'],
    // Entity files import each other for relations; the seed writes every table; common has rule c.
    ignores: [...ENTITY_CLASSES.keys()].map((file) => relative(ROOT, file).split(sep).join('/')).concat(SEED, 'src/common/**', ...TESTS),
    rules: { 'boundaries/no-foreign-entity-or-repository': 'error' },
  },
  {
    name: 'boundaries/common',
    files: ['src/common/**/*.ts'],
    rules: { 'boundaries/common-imports-no-feature': 'error' },
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/', 'test-artifacts/'] },
  // Parser and plugin only (no rules of their own), so the disable comments of the main config still resolve.
  tseslint.configs.base,
  { languageOptions: { globals: { ...globals.node, ...globals.jest } }, linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ...boundaries,
);
