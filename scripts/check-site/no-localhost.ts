/**
 * A build made for production (`SITE_URL` set to a public address) names no local address
 * anywhere: not in canonical or hreflang links, the sitemap, scripts, or the search index
 * (Pagefind's files are gzip-compressed: they are read uncompressed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SiteMessage } from './report.ts';

const local = /\blocalhost\b|\b127\.0\.0\.1\b/g;

function readText(path: string): string {
  const bytes = readFileSync(path);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzip ? gunzipSync(bytes) : bytes).toString('utf8');
}

export function findLocalAddresses(distDir: string): SiteMessage[] {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const messages: SiteMessage[] = [];
  for (const path of files.sort()) {
    const text = readText(path);
    const found = [...text.matchAll(local)];
    if (!found.length) continue;
    const first = found[0]!;
    const around = text.slice(Math.max(0, first.index - 40), first.index + 40).replace(/\s+/g, ' ');
    messages.push({
      file: path.slice(distDir.length + 1).split(sep).join('/'),
      ruleId: 'localhost',
      message: `names a local address ${found.length} time${found.length === 1 ? '' : 's'} in a build for SITE_URL (first: "…${around}…"); a production build must not point at localhost`,
    });
  }
  return messages;
}
