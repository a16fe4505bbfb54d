/**
 * The exact fast path of the content check: for a page written in a plain subset of MDX, the
 * same PageModel as `extractPage` (extract.ts), read line by line without micromark (which costs
 * 1–2 ms a page); for anything else `undefined`, and the caller runs the full parse (`extractOne`
 * in pool.ts). Exactness is the point (the checker must see what the site renders), so the
 * subset is narrow and every doubt falls back. test/unit/check/fast-extract.test.ts compares
 * both paths on every content page, every checker fixture, a generated corpus and tricky inputs.
 *
 * Shared with extract.ts, not redone: the empty model, decoding (UTF-8, BOM, empty or binary
 * files: the same model with `fatal`), the YAML front matter (`readFrontmatter`), heading ids
 * (`assignHeadingIds` of src/lib/heading-ids.ts, run on mdast heading nodes built here), link
 * resolution (src/lib/site-links.ts), untranslated paragraphs (src/lib/script-detect.ts) and
 * the source hash.
 *
 * THE SUBSET (anything else returns undefined)
 *
 * - The file: LF line endings (no CR), no tab, no control character in the body.
 * - Front matter on line 1: `---` (then optional spaces or tabs), YAML, a closing `---` line.
 * - Blank lines (empty, or spaces only). No other line starts with a space (no indented
 *   continuation or code), and none is a thematic break (`***`, `---`, `___`, `* * *`…).
 * - ATX headings: 1–6 `#` at column 1, a space and the text (or nothing), an optional closing
 *   sequence of `#`, an optional trailing escaped id `\{#id\}` (id of letters, digits, `-`, `.`).
 *   The text is plain text and code spans: outside code, no link, no `[`, `]`, `*`, `_`, `~`.
 * - Paragraphs at the top level, of one or more lines; each line starts like paragraph text
 *   (below), so it is a continuation (not a list, heading, table, quote or setext underline);
 *   the paragraph is followed by a blank line or the end of the file. Two or more trailing
 *   spaces are a hard break (the text then has no line feed there, as mdast-util-to-string says).
 * - List items `- `, `* `, `+ `, `1. `, `1) ` (one space after the marker, up to 9 digits) whose
 *   content is ONE line of paragraph text; the next line is blank, the end of the file, or an
 *   item of the same list (same bullet, or same `.`/`)` delimiter). Not `[ ]`/`[x]` task items.
 * - GFM tables: a header row, a delimiter row (`| --- | :-: |`) and body rows, each starting and
 *   ending with `|` and with as many cells as the header; then a blank line or the end. Cells
 *   hold inline content (not paragraphs); a `|` always splits cells.
 * - Paragraph text (a paragraph line, a list item) starts with a letter, a digit (not `12.` or
 *   `12)`), a non-ASCII character, `[` (not `[ ]`, `[x]`), `(`, `"`, `'`, a code span (`` ` ``,
 *   not ```` ``` ````), or `*`/`_` followed by `*`, `_`, a letter or a digit; and not with
 *   `import` or `export` (MDX ESM).
 * - Inline content: plain characters; code spans closed on the same line (their content is
 *   literal, whatever it holds but a tab); emphasis, strong and strikethrough delimiters
 *   (`*`, `_`, `~`); simple inline links `[text](destination)`: the text has no `[`, `]`, `` ` ``,
 *   `<`, `&`, `\`, `{`, `}` and does not start with `^`; the destination is not empty and has no
 *   white space, `(`, `)`, `[`, `]`, `<`, `>`, `"`, `'`, `` ` ``, `\`, `{`, `}`, `&`; no title.
 *   Outside code spans: no `<`, `&`, `\`, `{`, `}`, no `![` (image), no `[` that does not open
 *   such a link, no `]` that does not close one, and no GFM autolink literal trigger (`www.`,
 *   `http:`, `https:`, `mailto:`, `xmpp:`, `@`, in any case).
 *
 * Emphasis is not resolved. It cannot move links, nor make a link empty (a link text of only
 * `*`/`_`/`~` and white space falls back), nor change which letters a paragraph has. So a
 * translated paragraph with `*`, `_` or `~` outside code is handled only when it has letters of
 * its locale's script (it is then never "untranslated", whatever the emphasis); else it falls back.
 *
 * Places: 1-based lines; 1-based columns in UTF-16 code units, as micromark counts them (an
 * emoji takes two columns, a CJK character one).
 */
import type { Heading, InlineCode, Root, Text } from 'mdast';
import { sourceLocale } from '../../src/config/locales.ts';
import { assignHeadingIds } from '../../src/lib/heading-ids.ts';
import { isUntranslatedParagraph } from '../../src/lib/script-detect.ts';
import { resolveSiteLink } from '../../src/lib/site-links.ts';
import { sourceHash } from '../../src/lib/source-hash.ts';
import { decode, emptyModel, readFrontmatter } from './extract.ts';
import { hashBytes } from './hash.ts';
import type { PageModel, ParagraphRef } from './model.ts';

/** Never in a fast-path body: tab, CR and other control characters. */
const forbiddenInBody = /[\x00-\x09\x0b-\x1f\x7f]/;
/** GFM autolink literals (and e-mail addresses) start with these: any of them falls back. */
const autolinkTrigger = /www\.|https?:|mailto:|xmpp:|@/i;
/** An opening or closing front matter fence: `---`, then spaces or tabs (micromark's `markdownSpace`). */
const fence = /^---[ \t]*$/;
const thematicBreak = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/;
const orderedItem = /^\d{1,9}([.)]) (?=[^ ])/;
const startsLikeOrdered = /^\d+[.)]/;
const tableDelimiterRow = /^\|(?: *:?-+:? *\|)+ *$/;
/** A heading's trailing escaped id, as written: `\{#id\}`. */
const explicitId = / *\\\{#([\p{L}\p{M}\p{N}.-]+)\\\}$/u;
const forbiddenInLabel = /[[`<&\\{}]/;
const forbiddenInDestination = /[\s()[\]<>"'`\\{}&]/;
/** Emphasis, strong and strikethrough delimiters. */
const marks = /[*_~]/;

const space = 0x20;
const backtick = 0x60;

/** Thrown (it never leaves this module) when the page is outside the subset. */
const fallback = new Error('outside the fast-path subset');

interface FoundLink {
  url: string;
  text: string;
  line: number;
  column: number;
}

/** Inline content, as mdast-util-to-string gives it, and what else we need to know of it. */
interface Inline {
  text: string;
  /** The text outside code spans has `*`, `_` or `~`, which emphasis may remove. */
  marks: boolean;
  /** The mdast children (text and inline code), when asked for. */
  children?: (Text | InlineCode)[];
}

/**
 * Reads inline content (`source`, without trailing spaces) at `column` of `line`: its links go
 * into `links` (undefined: a link falls back, as in headings). Throws `fallback` outside the subset.
 */
function scanInline(source: string, line: number, column: number, links: FoundLink[] | undefined, wantChildren: boolean): Inline {
  let text = '';
  let plain = ''; // the text outside code spans
  let from = 0; // start of the pending plain text
  const children: (Text | InlineCode)[] = [];
  const pushText = (value: string) => {
    if (value === '') return;
    text += value;
    plain += value;
    if (!wantChildren) return;
    const last = children.at(-1);
    if (last?.type === 'text') last.value += value;
    else children.push({ type: 'text', value });
  };
  const length = source.length;
  for (let i = 0; i < length; i++) {
    const code = source.charCodeAt(i);
    // Only these ASCII characters need a look: [ ] ! ` \ { } < &
    if (code !== 0x5b && code !== 0x5d && code !== 0x21 && code !== backtick && code !== 0x5c && code !== 0x7b && code !== 0x7d && code !== 0x3c && code !== 0x26) continue;
    if (code === 0x21) {
      if (source.charCodeAt(i + 1) === 0x5b) throw fallback; // an image
      continue;
    }
    if (code === backtick) {
      // A code span: the same number of backticks closes it (micromark's code-text).
      let open = i + 1;
      while (source.charCodeAt(open) === backtick) open++;
      const size = open - i;
      let close = open;
      let found = -1;
      while ((close = source.indexOf('`', close)) >= 0) {
        let end = close + 1;
        while (source.charCodeAt(end) === backtick) end++;
        if (end - close === size) {
          found = close;
          break;
        }
        close = end;
      }
      if (found < 0) throw fallback; // literal backticks, or a span over several lines
      let value = source.slice(open, found);
      // A space at both ends, and something else: one space each side is padding.
      if (value.charCodeAt(0) === space && value.charCodeAt(value.length - 1) === space && /[^ ]/.test(value)) value = value.slice(1, -1);
      pushText(source.slice(from, i));
      text += value;
      if (wantChildren) children.push({ type: 'inlineCode', value });
      i = found + size - 1;
      from = found + size;
      continue;
    }
    if (code !== 0x5b || !links) throw fallback; // `]` outside a link, `\`, `{`, `}`, `<`, `&`
    const close = source.indexOf(']', i + 1);
    if (close < 0 || source.charCodeAt(close + 1) !== 0x28 /* ( */) throw fallback;
    const label = source.slice(i + 1, close);
    if (forbiddenInLabel.test(label) || label.charCodeAt(0) === 0x5e /* ^ footnote */ || label.length > 500) throw fallback;
    const end = source.indexOf(')', close + 2);
    if (end < 0) throw fallback;
    const url = source.slice(close + 2, end);
    if (url === '' || forbiddenInDestination.test(url)) throw fallback;
    pushText(source.slice(from, i));
    pushText(label);
    links.push({ url, text: label, line, column: column + i });
    from = end + 1;
    i = end;
  }
  pushText(source.slice(from));
  if (autolinkTrigger.test(plain)) throw fallback;
  return { text, marks: marks.test(plain), ...(wantChildren ? { children } : {}) };
}

/** Paragraph text (a paragraph's line or a list item's content) must not start another block. */
function checkParagraphStart(content: string): void {
  const first = content.charCodeAt(0);
  if (first >= 0x80) return;
  if ((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a)) {
    if (content.startsWith('import') || content.startsWith('export')) throw fallback; // MDX ESM
    return;
  }
  if (first >= 0x30 && first <= 0x39) {
    if (startsLikeOrdered.test(content)) throw fallback; // a (nested) ordered list, or close to one
    return;
  }
  if (first === 0x5b /* [ */) {
    if (/^\[[ xX]\]/.test(content)) throw fallback; // a task list item
    return;
  }
  if (first === 0x28 /* ( */ || first === 0x22 /* " */ || first === 0x27 /* ' */) return;
  if (first === backtick) {
    if (content.startsWith('```')) throw fallback; // a code fence
    return;
  }
  if (first === 0x2a /* * */ || first === 0x5f /* _ */) {
    if (thematicBreak.test(content)) throw fallback;
    const next = content.charCodeAt(1);
    if (next === 0x2a || next === 0x5f || (next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next >= 0x80) return;
  }
  throw fallback;
}

/** `text` without trailing spaces (micromark drops them at the end of a line of inline content). */
function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === space) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The cells of a table row (`| a | b |`): text and offset in the line; undefined if not a row. */
function tableCells(row: string): { text: string; offset: number }[] | undefined {
  const trimmed = trimEndSpaces(row);
  if (trimmed.length < 2 || trimmed.charCodeAt(0) !== 0x7c || trimmed.charCodeAt(trimmed.length - 1) !== 0x7c) return undefined;
  const cells: { text: string; offset: number }[] = [];
  let start = 1;
  for (let i = 1; i < trimmed.length; i++) {
    if (trimmed.charCodeAt(i) === 0x7c) {
      cells.push({ text: trimmed.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  return cells;
}

/** A table cell: inline content between its spaces. Cells are not paragraphs. */
function scanCell(cell: string, line: number, column: number, links: FoundLink[]): void {
  let start = 0;
  while (start < cell.length && cell.charCodeAt(start) === space) start++;
  scanInline(trimEndSpaces(cell.slice(start)), line, column + start, links, false);
}

/** An ATX heading line as the mdast heading micromark makes of it (children: text and inline code). */
function heading(source: string, line: number): Heading {
  let depth = 0;
  while (depth < source.length && source.charCodeAt(depth) === 0x23) depth++;
  if (depth > 6) throw fallback;
  const rest = source.slice(depth);
  if (rest !== '' && rest.charCodeAt(0) !== space) throw fallback; // `##text` is not a heading
  // The optional closing sequence: `#`s after a space (or making up the whole text), then spaces.
  let content = trimEndSpaces(rest);
  let end = content.length;
  while (end > 0 && content.charCodeAt(end - 1) === 0x23) end--;
  if (end < content.length && (end === 0 || content.charCodeAt(end - 1) === space)) content = trimEndSpaces(content.slice(0, end));
  let start = 0;
  while (start < content.length && content.charCodeAt(start) === space) start++;
  content = content.slice(start);
  // The escapes in `\{#id\}` stand for the characters `{` and `}`: text that ends the heading.
  const id = explicitId.exec(content);
  const before = id ? content.slice(0, id.index) : content;
  const inline = scanInline(before, line, 1 + depth + start, undefined, true);
  const children = inline.children!;
  if (inline.marks) throw fallback; // emphasis would change the heading's children
  if (id) {
    if (autolinkTrigger.test(id[1]!)) throw fallback;
    const tail = `${content.slice(id.index, id.index + id[0].length - id[1]!.length - 5)}{#${id[1]}}`;
    const last = children.at(-1);
    if (last?.type === 'text') last.value += tail;
    else children.push({ type: 'text', value: tail });
  }
  return {
    type: 'heading',
    depth: depth as Heading['depth'],
    children,
    position: { start: { line, column: 1 }, end: { line, column: source.length + 1 } },
  };
}

/**
 * The PageModel of `file`, exactly as `extractPage` makes it, when the file is within the subset
 * above; otherwise undefined (parse it with `extractPage`).
 */
export function fastExtractPage(file: string, bytes: Uint8Array): PageModel | undefined {
  const model = emptyModel(file, hashBytes(bytes));
  const text = decode(file, bytes, model);
  // Unreadable and empty files: the very same model as extractPage's.
  if (text === undefined) return model;
  if (text.includes('\r')) return undefined;
  try {
    return scanPage(text, model);
  } catch (error) {
    if (error === fallback) return undefined;
    throw error;
  }
}

function scanPage(text: string, model: PageModel): PageModel {
  // Front matter, by micromark-extension-frontmatter's rules: the first line closing it ends it.
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || !fence.test(text.slice(0, firstBreak))) throw fallback;
  let closeStart = firstBreak + 1;
  let closeEnd = -1;
  let fenceLine = 2;
  for (;;) {
    let lineEnd = text.indexOf('\n', closeStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.charCodeAt(closeStart) === 0x2d && fence.test(text.slice(closeStart, lineEnd))) {
      closeEnd = lineEnd;
      break;
    }
    if (lineEnd === text.length) throw fallback; // not closed: not front matter
    closeStart = lineEnd + 1;
    fenceLine++;
  }
  // What follows the closing fence (its trailing white space belongs to the fence).
  const body = text.slice(closeEnd);
  if (forbiddenInBody.test(body)) throw fallback;

  const yaml = closeStart > firstBreak + 1 ? text.slice(firstBreak + 1, closeStart - 1) : '';
  model.frontmatter = readFrontmatter(yaml, { line: 1, column: 1 });
  const data = model.frontmatter.data as { title?: unknown; description?: unknown } | undefined;
  if (typeof data?.title === 'string' && typeof data.description === 'string') {
    model.sourceHash = sourceHash({ title: data.title, description: data.description, body });
  }

  const locale = model.locale;
  const wantParagraphs = locale !== undefined && locale !== sourceLocale;
  const headings: Heading[] = [];
  const links: FoundLink[] = [];
  const untranslated: ParagraphRef[] = [];

  // The paragraph being read: its text so far, where it starts, and whether it has marks.
  let paragraph: { text: string; marks: boolean; line: number; column: number; hardBreak: boolean } | undefined;
  const endParagraph = () => {
    if (!paragraph) return;
    const { text: value, line, column } = paragraph;
    if (paragraph.marks) {
      // Emphasis may remove some `*`, `_`, `~`, which changes words but not letters: only a
      // paragraph with letters of its locale's script (never untranslated) is certain. With four
      // Latin words appended, the test is false exactly when the text has such letters.
      if (isUntranslatedParagraph(`${value} aa aa aa aa`, locale!)) throw fallback;
    } else if (isUntranslatedParagraph(value, locale!)) {
      untranslated.push({ excerpt: value.length > 60 ? `${value.slice(0, 57)}…` : value, line, column });
    }
    paragraph = undefined;
  };
  /** One line of paragraph text: the first of a paragraph, or a continuation of `paragraph`. */
  const paragraphLine = (content: string, line: number, column: number) => {
    checkParagraphStart(content);
    const trimmed = trimEndSpaces(content);
    const inline = scanInline(trimmed, line, column, links, false);
    if (!wantParagraphs) return;
    if (paragraph) {
      // A soft break is a line feed in the text; a hard break (two spaces or more) is nothing.
      paragraph.text += (paragraph.hardBreak ? '' : '\n') + inline.text;
      paragraph.marks ||= inline.marks;
    } else {
      paragraph = { text: inline.text, marks: inline.marks, line, column, hardBreak: false };
    }
    paragraph.hardBreak = content.length - trimmed.length >= 2;
  };

  const lines = body.split('\n');
  // lines[0] is what follows the closing fence on its line: nothing.
  let state: 'start' | 'blank' | 'heading' | 'paragraph' | 'item' | 'table' = 'start';
  let itemMarker = '';
  let tableColumns = 0;
  for (let index = 1; index < lines.length; index++) {
    const source = lines[index]!;
    const line = fenceLine + index;
    const first = source.charCodeAt(0);
    if (source.length === 0 || (first === space && trimEndSpaces(source) === '')) {
      endParagraph();
      state = 'blank';
      continue;
    }
    if (first === space) throw fallback; // indented: a continuation, or code
    if (state === 'table') {
      // Every line up to a blank one is a row of the table.
      const cells = tableCells(source);
      if (!cells || cells.length !== tableColumns) throw fallback;
      for (const cell of cells) scanCell(cell.text, line, cell.offset + 1, links);
      continue;
    }
    if (thematicBreak.test(source)) throw fallback;
    if (state === 'paragraph') {
      // Only a line that starts like paragraph text continues it (else it could be a list, a
      // heading, a table, a setext underline…: fall back).
      paragraphLine(source, line, 1);
      continue;
    }

    // List items.
    let marker = '';
    let contentColumn = 0;
    if ((first === 0x2d || first === 0x2a || first === 0x2b) && source.charCodeAt(1) === space) {
      marker = source[0]!;
      contentColumn = 3;
    } else if (first >= 0x30 && first <= 0x39) {
      const ordered = orderedItem.exec(source);
      if (ordered) {
        marker = ordered[1]!;
        contentColumn = ordered[0].length + 1;
      }
    }
    // After an item, only an item of the same list (anything else: lazy text, another list…).
    if (state === 'item' && marker !== itemMarker) throw fallback;
    if (marker) {
      const content = source.slice(contentColumn - 1);
      if (content.charCodeAt(0) === space || trimEndSpaces(content) === '') throw fallback;
      paragraphLine(content, line, contentColumn);
      endParagraph(); // an item's paragraph is its one line
      state = 'item';
      itemMarker = marker;
      continue;
    }

    if (first === 0x23 /* # */) {
      headings.push(heading(source, line));
      state = 'heading';
      continue;
    }

    if (first === 0x7c /* | */) {
      // A table: this header row, then a delimiter row with as many cells.
      const cells = tableCells(source);
      const delimiter = lines[index + 1];
      if (!cells || delimiter === undefined || !tableDelimiterRow.test(delimiter) || tableCells(delimiter)!.length !== cells.length) throw fallback;
      for (const cell of cells) scanCell(cell.text, line, cell.offset + 1, links);
      tableColumns = cells.length;
      state = 'table';
      index++;
      continue;
    }

    paragraphLine(source, line, 1);
    state = 'paragraph';
  }
  endParagraph();

  for (const found of assignHeadingIds({ type: 'root', children: headings } satisfies Root, model.slug)) {
    const place = { line: found.line ?? 1, column: found.column ?? 1 };
    model.headings.push({ depth: found.depth, id: found.id, text: found.text, ...place });
    model.anchors.push({ id: found.id, kind: 'heading', explicit: found.explicit, ...place });
  }
  if (model.slug) model.anchors.push({ id: model.slug, kind: 'layout', explicit: true, line: 1, column: 1 });

  const from = { locale: locale ?? sourceLocale, slug: model.slug ?? '' };
  for (const link of links) {
    const visible = link.text.trim();
    // `**` alone may be text or an empty strong: unknown without resolving emphasis.
    if (visible !== '' && !/[^*_~\s]/.test(visible)) throw fallback;
    model.links.push({ url: link.url, empty: visible === '', kind: 'link', target: resolveSiteLink(link.url, from), line: link.line, column: link.column });
  }
  model.untranslated = untranslated;
  return model;
}
