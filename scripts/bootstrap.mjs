#!/usr/bin/env node
/**
 * What `npm start` and `npm test` run, so a machine with only Node and npm can use Berth:
 * it finds (or fetches) pnpm, installs the workspace, builds, then starts or tests.
 *   node scripts/bootstrap.mjs start   → install, build, serve on PORT (default 4000)
 *   node scripts/bootstrap.mjs test    → install, check Chromium, build, run every test
 */
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];
const CHROMIUM = process.env.BERTH_CHROMIUM || '/usr/bin/chromium';
// A CJK font, so the Chinese screenshots of the browser tests show characters, not boxes.
const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Berth needs Node 20.19 or newer; this is ${process.versions.node}.`);

const pnpm = findPnpm();
const mode = process.argv[2];
if (mode === 'start') {
  run(pnpm, ['install', '--frozen-lockfile']);
  run(pnpm, ['run', 'build']);
  serve();
} else if (mode === 'test') {
  run(pnpm, ['install', '--frozen-lockfile']);
  ensureChromium();
  run(pnpm, ['run', 'test:all']);
} else {
  fail('usage: node scripts/bootstrap.mjs start|test');
}

/** pnpm on PATH if it is the pinned major, else the pinned version through npx. */
function findPnpm() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: false });
  if (found.status === 0 && found.stdout.trim().split('.')[0] === PNPM_VERSION.split('.')[0]) return { cmd: 'pnpm', pre: [] };
  return { cmd: 'npx', pre: ['--yes', `pnpm@${PNPM_VERSION}`] };
}

function run({ cmd, pre }, args) {
  const result = spawnSync(cmd, [...pre, ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Browser tests drive Debian's Chromium; install it when we may (root with apt-get), else say how. */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) {
    if (!fs.existsSync(CJK_FONT_DIR) && process.getuid?.() === 0) aptInstall(['fonts-noto-cjk'], false);
    return;
  }
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canApt) fail(`The browser tests need Chromium at ${CHROMIUM}: install it (e.g. \`sudo apt-get install -y chromium\`) or set BERTH_CHROMIUM.`);
  console.log('Installing Chromium for the browser tests (apt-get) …');
  aptInstall(['chromium', 'fonts-noto-cjk'], true);
}

/** apt-get install; a missing font only makes screenshots less readable, so it need not stop the run. */
function aptInstall(packages, required) {
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      if (required) fail(`apt-get could not install ${packages.join(', ')}.`);
      console.warn(`apt-get could not install ${packages.join(', ')}; continuing.`);
      return;
    }
  }
}

/** The server in the foreground; Ctrl-C reaches it so it stops its embedded database cleanly. */
function serve() {
  const child = spawn(process.execPath, [path.join(ROOT, 'server', 'dist', 'main.js')], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
