/**
 * A small, tolerant HTML tokenizer for the raw HTML found in legacy Markdown (one tag per
 * inline node, whole chunks in HTML blocks), and character-reference decoding.
 * Named references are decoded by the Markdown parser itself, so every HTML5 name is known.
 */
import type { Point, Position } from 'unist';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

export interface HtmlAttribute {
  name: string;
  /** Undefined for a bare attribute (`<input disabled>`). */
  value: string | undefined;
}

export type HtmlToken =
  | { kind: 'open'; name: string; attributes: HtmlAttribute[]; selfClosing: boolean; raw: string; offset: number }
  | { kind: 'close'; name: string; raw: string; offset: number }
  | { kind: 'text'; value: string; raw: string; offset: number }
  | { kind: 'comment'; value: string; raw: string; offset: number }
  | { kind: 'other'; raw: string; offset: number };

const namedCache = new Map<string, string>();
const markdown = unified().use(remarkParse);

function decodeNamed(name: string): string {
  const cached = namedCache.get(name);
  if (cached !== undefined) return cached;
  const reference = `&${name};`;
  const tree = markdown.parse(reference);
  const paragraph = tree.children[0];
  let result = reference;
  if (paragraph?.type === 'paragraph' && paragraph.children.length === 1 && paragraph.children[0]!.type === 'text') {
    result = paragraph.children[0]!.value;
  }
  namedCache.set(name, result);
  return result;
}

/** `&amp;`, `&#233;`, `&#xE9;`, `&nbsp;` → characters; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (_whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return decodeNamed(ref);
  });
}

const tagName = /[A-Za-z][A-Za-z0-9:-]*/y;
const attributeName = /[^\s"'<>/=]+/y;
const space = /\s*/y;

function readTag(source: string, start: number): { token: HtmlToken; end: number } | undefined {
  let i = start + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  tagName.lastIndex = i;
  const nameMatch = tagName.exec(source);
  if (!nameMatch) return undefined;
  const name = nameMatch[0].toLowerCase();
  i = tagName.lastIndex;
  const attributes: HtmlAttribute[] = [];
  let selfClosing = false;
  for (;;) {
    space.lastIndex = i;
    space.exec(source);
    i = space.lastIndex;
    const c = source[i];
    if (c === undefined) return undefined;
    if (c === '>') {
      i++;
      break;
    }
    if (c === '/' && source[i + 1] === '>') {
      selfClosing = true;
      i += 2;
      break;
    }
    if (closing) return undefined;
    attributeName.lastIndex = i;
    const attr = attributeName.exec(source);
    if (!attr) return undefined;
    i = attributeName.lastIndex;
    space.lastIndex = i;
    space.exec(source);
    let value: string | undefined;
    if (source[space.lastIndex] === '=') {
      i = space.lastIndex + 1;
      space.lastIndex = i;
      space.exec(source);
      i = space.lastIndex;
      const q = source[i];
      if (q === '"' || q === "'") {
        const endQuote = source.indexOf(q, i + 1);
        if (endQuote === -1) return undefined;
        value = decodeEntities(source.slice(i + 1, endQuote));
        i = endQuote + 1;
      } else {
        const unquoted = /[^\s"'=<>`]+/y;
        unquoted.lastIndex = i;
        const m = unquoted.exec(source);
        if (!m) return undefined;
        value = decodeEntities(m[0]);
        i = unquoted.lastIndex;
      }
    }
    attributes.push({ name: attr[0].toLowerCase(), value });
  }
  const raw = source.slice(start, i);
  const token: HtmlToken = closing
    ? { kind: 'close', name, raw, offset: start }
    : { kind: 'open', name, attributes, selfClosing, raw, offset: start };
  return { token, end: i };
}

/** Elements whose content is raw text (HTML's script data / raw text / escapable raw text). */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

export function tokenizeHtml(source: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) {
      const raw = source.slice(textStart, end);
      tokens.push({ kind: 'text', value: decodeEntities(raw), raw, offset: textStart });
    }
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      const stop = end === -1 ? source.length : end + 3;
      flushText(lt);
      tokens.push({ kind: 'comment', value: source.slice(lt + 4, end === -1 ? source.length : end), raw: source.slice(lt, stop), offset: lt });
      i = textStart = stop;
      continue;
    }
    if (source[lt + 1] === '!' || source[lt + 1] === '?') {
      const end = source.indexOf('>', lt);
      const stop = end === -1 ? source.length : end + 1;
      flushText(lt);
      tokens.push({ kind: 'other', raw: source.slice(lt, stop), offset: lt });
      i = textStart = stop;
      continue;
    }
    const tag = readTag(source, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    tokens.push(tag.token);
    i = textStart = tag.end;
    // Raw-text elements: their content is text up to the matching end tag, never tags.
    if (tag.token.kind === 'open' && !tag.token.selfClosing && rawTextElements.has(tag.token.name)) {
      const endTag = new RegExp(`</${tag.token.name}\\s*>`, 'i');
      const match = endTag.exec(source.slice(i));
      const end = match ? i + match.index : source.length;
      flushText(end);
      i = textStart = end;
    }
  }
  flushText(source.length);
  return tokens;
}

export function attribute(attributes: readonly HtmlAttribute[], name: string): string | undefined {
  return attributes.find((a) => a.name === name)?.value;
}

/** The point `offset` characters into a node whose source text is `source`. */
export function pointAt(position: Position | undefined, source: string, offset: number): Point | undefined {
  if (!position) return undefined;
  let line = position.start.line;
  let column = position.start.column;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}
