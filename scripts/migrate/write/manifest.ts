/**
 * What the importer wrote: `<out>/imported.json` records, for every page it wrote, the SHA-256 of
 * the text it wrote. A page whose text no longer has that hash was changed by a writer since the
 * import, and a re-import must not destroy that work (write-pages.ts).
 *
 *   { "version": 1, "pages": { "ja-jp/partner-center/activity-logs.mdx": "3f2a…" } }
 *
 * A missing or unreadable record is an empty one (reported by the caller): every existing page
 * then counts as not written by the importer, so nothing is overwritten without `--force`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const manifestName = 'imported.json';

const manifestSchema = z.strictObject({
  version: z.literal(1),
  pages: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export type Manifest = z.output<typeof manifestSchema>;

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The record in `out`, or an empty one with the reason it could not be read. */
export function readManifest(out: string): { manifest: Manifest; problem: string | undefined } {
  const path = join(out, manifestName);
  const empty: Manifest = { version: 1, pages: {} };
  if (!existsSync(path)) return { manifest: empty, problem: undefined };
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return { manifest: parsed.data, problem: undefined };
    return { manifest: empty, problem: `${manifestName} is not the importer's record (${parsed.error.issues[0]?.message ?? 'unexpected shape'})` };
  } catch (error) {
    return { manifest: empty, problem: `${manifestName} cannot be read (${(error as Error).message})` };
  }
}

/** Writes the record with its pages sorted, so that it is stable under version control. */
export function writeManifest(out: string, manifest: Manifest): void {
  const pages = Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(join(out, manifestName), `${JSON.stringify({ version: 1, pages }, null, 2)}\n`);
}
