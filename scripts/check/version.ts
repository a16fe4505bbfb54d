/**
 * The checker's version, for its cache: a hash of its own code (this folder and the site modules
 * it shares: src/lib, src/schemas, src/config) and of its settings (SITE_URL, the public folder).
 * Change any of them and the next run starts from nothing, so a cached message never outlives
 * the code or the setting that produced it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';

const repo = join(import.meta.dirname, '../..');
const codeDirs = ['scripts/check', 'src/lib', 'src/schemas', 'src/config'];

/** The hash of the code, once a process: the code a process runs is the code it loaded. */
let codeHash: string | undefined;

function hashCode(): string {
  const hash = createHash('sha1');
  for (const dir of codeDirs) {
    for (const file of listFiles(join(repo, dir)).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(`${dir}/${file}\0`).update(readFileSync(join(repo, dir, file))).update('\0');
    }
  }
  return hash.digest('hex');
}

export function checkerVersion(settings: { publicDir: string }): string {
  codeHash ??= hashCode();
  return createHash('sha1').update(`${codeHash}\0SITE_URL=${process.env.SITE_URL ?? ''}\0public=${settings.publicDir}`).digest('hex');
}
