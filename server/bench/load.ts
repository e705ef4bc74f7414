import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LoadPlan, LoadResult } from './load-client';

/** Runs a LoadPlan in a separate Node process (see load-client.ts) and returns its result. */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'load-client.ts')], {
      cwd: path.join(__dirname, '..'),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load client exited with ${code}`))));
    child.stdin.end(JSON.stringify(plan));
  });
}
