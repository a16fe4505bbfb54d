/**
 * Where Debian's Chromium is: `CHROMIUM_PATH`, else `/usr/bin/chromium`. Used by the browser
 * tests and the benchmarks (Playwright's own browser download cannot work on these machines).
 */
import { existsSync } from 'node:fs';

export const defaultChromiumPath = '/usr/bin/chromium';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || defaultChromiumPath;
}

/** Flags for headless Chromium on a closed network, as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumExists(path = chromiumPath()): boolean {
  return existsSync(path);
}
