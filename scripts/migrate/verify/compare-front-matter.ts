/**
 * The front matter values a legacy file gives its page (title, description, author, date, and
 * for a translation its type, source hash and date) against the page's front matter. When the
 * file's own page comes from another file (superseded), a difference is counted as superseded.
 * A side-by-side translation's `sourceHash` must be its en-us page's hash; when another file's
 * English won that page, the hash differs and the translation shows as stale (a warning).
 */
import { quote, report } from '../messages.ts';
import { normalise } from './legacy-reader/types.ts';
import { fileName, type FileCheck } from './outcome.ts';

export function checkFrontMatter(check: FileCheck, cwd: string): void {
  const { inv, page, english, file, row, losses } = check;
  if (!page.exists) return;
  const fm = inv.frontMatter;
  const where = inv.frontMatterWhere;
  const lost = (message: string) => {
    if (losses.own) {
      row.superseded.frontMatter++;
      check.superseded.add('own');
    } else {
      row.frontMatterLost++;
      report(file, 'error', message, 'front-matter-lost', where);
    }
  };
  const translation = (page.frontmatter['translation'] ?? {}) as Record<string, unknown>;
  const compare = (key: string, expected: string | undefined, actual: unknown, nested = false) => {
    if (expected === undefined) return;
    const has = typeof actual === 'string' ? normalise(actual) : undefined;
    if (has !== expected) lost(`Front matter \`${nested ? 'translation.' : ''}${key}\` lost: expected ${quote(expected)}, the page has ${has === undefined ? 'none' : quote(has)}`);
  };
  compare('title', fm.title, page.frontmatter['title']);
  compare('description', fm.description, page.frontmatter['description']);
  if (fm.author) {
    const author = page.frontmatter['author'];
    if (typeof author !== 'string' || !fm.author.some((a) => a.toLowerCase() === author.toLowerCase())) {
      lost(`Front matter \`author\` lost: expected one of ${fm.author.map((a) => quote(a)).join(', ')}, the page has ${typeof author === 'string' ? quote(author) : 'none'}`);
    }
  }
  compare('date', fm.date, page.frontmatter['date']);
  if (fm.type && !fm.type.includes(translation['type'] as never)) {
    lost(`Front matter \`translation.type\` lost: expected ${fm.type.map((t) => quote(t)).join(' or ')}, the page has ${typeof translation['type'] === 'string' ? quote(translation['type']) : 'none'}`);
  }
  compare('sourceHash', fm.sourceHash, translation['sourceHash'], true);
  if (fm.sourceHashOfEnglish && english?.exists && english.sourceHash !== undefined && translation['sourceHash'] !== english.sourceHash) {
    const has = translation['sourceHash'];
    if (typeof has !== 'string' || !/^[0-9a-f]{40}$/.test(has)) {
      lost(`Front matter \`translation.sourceHash\` lost: expected the en-us page's hash ${quote(english.sourceHash)}, the page has ${typeof has === 'string' ? quote(has) : 'none'}`);
    } else if (!losses.own) {
      const whose = losses.english ? `the en-us page comes from ${fileName(losses.english, cwd)} (${losses.english.why})` : 'the en-us page is not the English beside this translation';
      report(file, 'warning', `\`translation.sourceHash\` ${quote(has)} is not the en-us page's hash ${quote(english.sourceHash)}: ${whose}, so the translation shows as stale`, 'source-hash-stale', where);
    }
  }
  compare('sourceDate', fm.sourceDate, translation['sourceDate'], true);
}
