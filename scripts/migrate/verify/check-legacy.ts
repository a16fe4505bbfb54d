/**
 * The migration check's view of a legacy file, read afresh by the check's own reader
 * (legacy-reader/: parse5 for the HTML, remark for the Markdown, the YAML library for the front
 * matter; nothing of the importer's read/, repair/, convert/ or write/ stages, so a bug there
 * cannot hide from the check): every text segment (side-by-side pairs with their English, or the
 * text blocks of a page written in one language), every anchor, every link, and the front matter
 * values the page must carry.
 */
import { VFile } from 'vfile';
import { report } from '../messages.ts';
import { expectedFrontMatter, frontMatterSegments } from './legacy-reader/expected-front-matter.ts';
import { readFrontMatter, valueFor } from './legacy-reader/front-matter.ts';
import { readHtml, type Range } from './legacy-reader/html-pass.ts';
import { isTableOfContents, localeOf, slugOf } from './legacy-reader/identity.ts';
import { linksOf } from './legacy-reader/links.ts';
import { parseBody } from './legacy-reader/markdown.ts';
import { rolesOf, textBlocks, type Roles } from './legacy-reader/roles.ts';
import { readLegacyText } from './legacy-reader/text.ts';
import { type LegacyRead, type LegacySegment, type SegmentKind } from './legacy-reader/types.ts';
import { pairText, variantText } from './legacy-reader/variants.ts';

export { normalise } from './legacy-reader/types.ts';
export type { ExpectedFrontMatter, LegacyAnchor, LegacyInventory, LegacyLink, LegacyRead, LegacySegment, SegmentKind } from './legacy-reader/types.ts';

const inside = (offset: number, range: Range | undefined) => range !== undefined && range.start <= offset && offset < range.end;

function kindAt(offset: number, roles: Roles): SegmentKind {
  if (inside(offset, roles.h1)) return 'h1';
  if (inside(offset, roles.appliesLabel)) return 'applies-label';
  if (inside(offset, roles.appliesItems)) return 'applies-item';
  return 'body';
}

/** Letters of a script other than Latin. */
const otherScript = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}]/u;
const isLatinOnly = (text: string) => /\p{Script=Latin}/u.test(text) && !otherScript.test(text);
const hasLetters = (text: string) => /\p{Script=Latin}/u.test(text) || otherScript.test(text);

/** Reads a legacy file for the check: its inventory, or why it cannot be read or is not checked. Never throws. */
export function legacyInventory(path: string, cwd = process.cwd()): LegacyRead {
  const file = new VFile({ path, cwd });
  try {
    return read(path, file);
  } catch (error) {
    report(file, 'error', `The check's reader failed on this file (${(error as Error).message}): nothing in it is checked`, 'read-error', { line: 1, column: 1 });
    return { file };
  }
}

function read(path: string, file: VFile): LegacyRead {
  const text = readLegacyText(path, file);
  if (text === undefined) return { file };
  if (isTableOfContents(path)) {
    report(file, 'warning', 'A DocFX table of contents, not a page: its links are not checked', 'table-of-contents', { line: 1, column: 1 });
    return { file, skipped: 'table of contents' };
  }
  const { frontMatter, body: bodyText } = readFrontMatter(text, file);
  const body = parseBody(bodyText);
  const html = readHtml(body, file);
  const roles = rolesOf(body, html.pairs);
  const sideBySide = html.pairs.length > 0 || frontMatter.segments.length > 0;
  const include = /\[!include\s*\[/i.exec(body.text);
  if (include) report(file, 'warning', 'DocFX includes are not read by the check: the included text is not checked', 'include', body.point(include.index));

  const segments: LegacySegment[] = frontMatterSegments(frontMatter);
  if (sideBySide) {
    for (const pair of html.pairs) {
      segments.push({
        id: pair.id,
        kind: kindAt(pair.start, roles),
        text: pairText(body, pair, 'translated', roles.htmlBlocks),
        english: pairText(body, pair, 'english', roles.htmlBlocks),
        where: body.point(pair.start),
      });
    }
  } else {
    for (const block of textBlocks(body.tree)) {
      segments.push({ id: undefined, kind: kindAt(block.start, roles), text: block.text, english: undefined, where: body.point(block.start) });
    }
  }

  const ownText = [
    ...segments.filter((s) => s.kind !== 'front-matter').map((s) => s.text),
    ...['title', 'description'].map((key) => valueFor(frontMatter.entries, key)?.text ?? ''),
  ].join(' ');
  const locale = localeOf(path, frontMatter.entries, ownText, file);
  const h1Anchor = html.anchors.find((a) => inside(a.start, roles.h1))?.id;
  const englishH1 = roles.h1Content ? variantText(body, html.pairs, roles.h1Content, 'english') : undefined;
  const slug = slugOf(path, h1Anchor, englishH1, file);
  if (!locale || !slug) return { file };

  // A half-translated page (not side by side): its English blocks are expected in the en-us page too.
  let englishPage = sideBySide && locale !== 'en-us';
  if (!sideBySide && locale !== 'en-us') {
    const prose = segments.filter((s) => s.kind === 'body' && hasLetters(s.text));
    const english = prose.filter((s) => isLatinOnly(s.text)).length;
    if (english > 0 && english >= prose.length - english) {
      englishPage = true;
      for (const s of segments) if (s.kind !== 'front-matter' && isLatinOnly(s.text)) s.english = s.text;
    }
  }

  const links = linksOf(body, html, roles);
  const anchors = html.anchors
    .filter((a) => a.target)
    .map((a) => ({ id: a.id, h1: inside(a.start, roles.h1), where: body.point(a.start) }));

  return {
    file,
    locale,
    slug,
    sideBySide,
    englishPage,
    segments,
    anchors,
    links,
    frontMatter: expectedFrontMatter(frontMatter, locale, sideBySide, file),
    frontMatterWhere: { line: frontMatter.line ?? 1, column: 1 },
  };
}
