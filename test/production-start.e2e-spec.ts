import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_LOGINS } from '../src/seed/demo-seed';
import { freePort } from './support/test-database';

const ROOT = resolve(__dirname, '..');

/** `npm start` as an operator runs it: a fresh embedded database, NODE_ENV=production. */
describe('First start in production (e2e)', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  let output = '';

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child!.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('never seeds the demo accounts with their public password', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hirfa-production-'));
    const [port, pgPort] = [await freePort(), await freePort()];
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_SWC: 'true',
        NODE_ENV: 'production',
        JWT_SECRET: 'production-secret-that-is-long-enough-for-hs256',
        DATABASE_URL: '',
        EMBEDDED_PG_DIR: join(dataDir, 'pg'),
        EMBEDDED_PG_PORT: String(pgPort),
        PORT: String(port),
        LOG_LEVEL: 'info',
        ORDER_EXPIRY_INTERVAL_SECONDS: '0',
      },
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));

    const deadline = Date.now() + 150_000;
    let ready = false;
    while (!ready && Date.now() < deadline && child.exitCode === null) {
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((done) => setTimeout(done, 250));
    }
    expect({ ready, output: ready ? '' : output }).toEqual({ ready: true, output: '' });

    const admin = DEMO_LOGINS.accounts.find((a) => a.role === 'admin')!;
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: DEMO_LOGINS.password }),
    });
    expect(login.status).toBe(401);
    expect(output).not.toContain('Seeded demo data');
    expect(output).not.toContain(DEMO_LOGINS.password);
  }, 180_000);
});
