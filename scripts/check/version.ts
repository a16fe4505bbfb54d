/**
 * The checker's version, for its cache: a hash of its own code (this folder and the site modules
 * it shares: src/lib, src/schemas, src/config) and of its settings (SITE_URL, the public folder).
 * Change any of them and the next run starts from nothing, so a cached message never outlives
 * the code or the setting that produced it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');
const codeDirs = ['scripts/check', 'src/lib', 'src/schemas', 'src/config'];

export function checkerVersion(settings: { publicDir: string }): string {
  const hash = createHash('sha1');
  for (const dir of codeDirs) {
    const files = readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
    for (const file of files) hash.update(`${dir}/${file}\0`).update(readFileSync(join(repo, dir, file))).update('\0');
  }
  hash.update(`SITE_URL=${process.env.SITE_URL ?? ''}\0public=${settings.publicDir}`);
  return hash.digest('hex');
}
