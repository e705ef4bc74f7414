import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every `pnpm bench:*` in smoke mode, exactly as its script runs it (`--smoke`: thousands of
 * rows, its own scratch PostgreSQL, every correctness check on, docs left alone). A bench
 * added to the root package.json is covered here without extra work; one that crashes or
 * whose checks fail exits non-zero and fails the suite. Nothing here looks at timings.
 */
const root = path.resolve(__dirname, '../..');
const scriptsOf = (dir: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')).scripts;
const serverScripts = scriptsOf('server');
const benches = Object.keys(scriptsOf('.')).filter((name) => name.startsWith('bench:'));

describe('benchmarks run in smoke mode', () => {
  it('finds the benches', () => {
    expect(benches.length).toBeGreaterThanOrEqual(2);
    for (const name of benches) expect(serverScripts[name], `server/package.json has no ${name}`).toMatch(/^node /);
  });

  it.each(benches)('%s --smoke completes and its checks hold', async (name) => {
    const [, ...args] = serverScripts[name].split(/\s+/);
    const { code, output } = await run(process.execPath, [...args, '--smoke'], path.join(root, 'server'));
    expect(code, output.slice(-4000)).toBe(0);
    expect(output).toContain('Smoke run: docs/benchmarks.md left as it is');
  }, 600_000);
});

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
