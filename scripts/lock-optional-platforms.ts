/**
 * `node scripts/lock-optional-platforms.ts`: after `npm install`, records in package-lock.json the
 * other platforms' native packages (macOS, Windows, ARM builds of Astro's compiler and Pagefind)
 * that npm left out because this machine's registry does not serve those versions. Without the
 * entries `npm ci` refuses the lock file ("Missing: … from lock file"); with them, `npm ci` skips
 * them on this platform and installs them from the public registry on the others.
 * Each entry takes its os/cpu/libc from the newest version the registry does serve.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface LockPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  license?: string;
}

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockPackage> };
const added: string[] = [];
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    if (!/^\d+\.\d+\.\d+$/.test(range)) {
      console.error(`${name}@${range}: not an exact version; record it by hand or with npm install on its platform.`);
      continue;
    }
    const meta = JSON.parse(execFileSync('npm', ['view', name, '--json', 'os', 'cpu', 'libc', 'license'], { encoding: 'utf8' })) as Omit<LockPackage, 'version'>;
    const entry: LockPackage = { version: range, ...(pkg.dev ? { dev: true } : {}), optional: true, ...(meta.license ? { license: meta.license } : {}) };
    if (meta.os) entry.os = meta.os;
    if (meta.cpu) entry.cpu = meta.cpu;
    if (meta.libc) entry.libc = meta.libc;
    lock.packages[key] = entry;
    added.push(`${name}@${range}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Recorded ${added.length} other-platform packages:\n  ${added.join('\n  ')}` : 'Nothing to record: the lock file lists every optional package.');
