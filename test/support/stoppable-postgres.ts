import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, Interface } from 'node:readline';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/common/database/data-source-options';
import { ENTITIES } from '../../src/entities';
import { runMigrations } from '../../src/common/database/migrate';
import { freePort } from './test-database';

export interface StoppablePostgres {
  /** URL of a migrated `hirfa` database on this server. */
  url: string;
  /** Stops the server (fast shutdown: open sessions are terminated), as an outage would. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its files. */
  destroy(): Promise<void>;
}

function nextLine(lines: Interface, child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const onExit = (): void => reject(new Error('the PostgreSQL process exited'));
    child.once('exit', onExit);
    lines.once('line', (line) => {
      child.off('exit', onExit);
      if (line.startsWith('error: ')) reject(new Error(line.slice(7)));
      else resolve(line);
    });
  });
}

/**
 * A PostgreSQL of its own for a fault test, so stopping it leaves the run's shared server alone: an
 * embedded cluster in a temporary directory on a free port, migrated, run by a child process
 * (test/support/postgres-process.ts). Takes a few seconds.
 */
export async function startStoppablePostgres(): Promise<StoppablePostgres> {
  const root = mkdtempSync(join(tmpdir(), 'hirfa-fault-pg-'));
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, 'postgres-process.ts'), join(root, 'data'), String(await freePort())],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const command = async (name: 'stop' | 'start'): Promise<void> => {
    const answer = nextLine(lines, child);
    child.stdin!.write(`${name}\n`);
    await answer;
  };
  const destroy = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.end();
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const { url } = JSON.parse(await nextLine(lines, child)) as { url: string };
    const dataSource = await new DataSource(dataSourceOptions(ENTITIES, url, 1)).initialize();
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
    return { url, stop: () => command('stop'), start: () => command('start'), destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}
