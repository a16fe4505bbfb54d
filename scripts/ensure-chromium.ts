/**
 * Before the browser tests: make sure Debian's Chromium is there. When it is missing and we run
 * as root on Debian or Ubuntu, install it with apt-get; otherwise stop and say how to install it.
 * Never skips: the browser tests must run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumExists, chromiumPath } from './lib/chromium.ts';

const path = chromiumPath();

function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

if (chromiumExists(path)) {
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to "${path}", but there is no file there. Point it at a Chromium executable, or unset it to use /usr/bin/chromium.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && isDebianLike()) {
  console.log('Chromium is not installed: installing Debian\'s chromium package (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  } catch {
    console.error('Installing Chromium with apt-get failed (see above). Install it by hand: apt-get install -y chromium');
    process.exit(1);
  }
  if (chromiumExists(path)) process.exit(0);
  console.error(`apt-get finished but ${path} is still missing. Set CHROMIUM_PATH to your Chromium executable.`);
  process.exit(1);
}

console.error(
  [
    `The browser tests need Chromium and found none at ${path}.`,
    'Install it, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  ].join('\n'),
);
process.exit(1);
