/**
 * The body as Markdown (remark-parse + remark-gfm): its tree, and plain text the way a reader
 * sees it. One repair first, DocFX's habit `##<a name="x"></a>Heading` (no space: a heading that
 * CommonMark reads as a paragraph), with a map back to the file's own lines and columns.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from 'unist';

const parser = unified().use(remarkParse).use(remarkGfm);

export interface Body {
  /** The body with the heading spaces added: every offset below is in it. */
  text: string;
  tree: Root;
  /** An offset in `text` → the file's line and column. */
  point(offset: number): Point;
}

/** Offsets of `text` → lines and columns of the file it came from (before `inserted` spaces). */
function locator(original: string, inserted: readonly number[]): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let shift = 0;
    while (shift < inserted.length && inserted[shift]! < offset) shift++;
    const at = offset - shift;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}

export function parseBody(body: string): Body {
  const inserted: number[] = [];
  let fence: string | undefined;
  let offset = 0;
  const lines = body.split('\n').map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    let out = line;
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker) fence = marker;
    else {
      const heading = /^( {0,3})(#{1,6})(?=[^#\s])/.exec(line);
      // `##x` and `#<a …>` are headings missing a space; `#word` may be a hashtag.
      if (heading && (heading[2]!.length > 1 || line[heading[0].length] === '<')) {
        inserted.push(offset + heading[0].length);
        out = `${heading[0]} ${line.slice(heading[0].length)}`;
      }
    }
    offset += out.length + 1;
    return out;
  });
  const text = lines.join('\n');
  return { text, tree: parser.parse(text), point: locator(body, inserted) };
}

/** Plain text: text and code as written, a line break as a space, an image as its alt; no HTML. */
export function plain(nodes: readonly Nodes[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out += node.value;
    else if (node.type === 'break') out += ' ';
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += plain(node.children as Nodes[]) + (node.type === 'paragraph' || node.type === 'heading' ? ' ' : '');
  }
  return out;
}

/**
 * Inline Markdown (a span's content) parsed on its own: a leading block marker (`1.`, `-`, `#`,
 * `>`) stays text. `offset` maps an offset in the tree back to one in `source`.
 */
export function parseInline(source: string): { tree: Root; offset: (at: number) => number } {
  const lead = source.length - source.trimStart().length;
  const text = source.slice(lead);
  const marker = /^(?:#{1,6}(?=\s|$)|[>=]|[-+*](?=\s)|\d{1,9}(?=[.)](?:\s|$)))/.exec(text);
  // The escape goes before the marker's last character (`\#`, `\-`, `1\.`).
  const at = marker ? (/^\d/.test(marker[0]) ? marker[0].length : 0) : -1;
  const escaped = at === -1 ? text : `${text.slice(0, at)}\\${text.slice(at)}`;
  return { tree: parser.parse(escaped), offset: (o) => lead + (at !== -1 && o > at ? o - 1 : o) };
}

/** Plain text of inline Markdown. */
export function inlinePlain(source: string): string {
  return plain([parseInline(source).tree]);
}
