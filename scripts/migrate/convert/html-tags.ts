/**
 * One raw HTML element (rebuilt by html-tree.ts) → Markdown, a safe MDX equivalent, or visible
 * text, by its tag (the list is in html-elements.ts). Its attributes are looked at first
 * (html-attributes.ts drops event handlers and unsafe URLs, reported).
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { attr, rawSource } from '../repair/html-tree.ts';
import { quote, report } from '../messages.ts';
import { reportAttributes } from './html-attributes.ts';
import { flattenToPhrasing, isPhrasing, text, withPosition } from './html-phrasing.ts';
import { convertTable } from './html-table.ts';
import type { Anchor, HtmlElement } from './nodes.ts';
import { isUnsafeUrl } from '../../../src/lib/unsafe-url.ts';

/** Converts the raw HTML in a list of siblings (html-elements.ts); `flow` says whether they are blocks. */
export type ConvertNodes = (nodes: readonly RootContent[], flow: boolean, ctx: { file: VFile }) => RootContent[];

const unwrapQuietly = new Set(['span', 'div']);
const unwrapTags = new Set([
  'span', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'font', 'center',
  'u', 'ins', 'small', 'big', 'abbr', 'acronym', 'cite', 'q', 'dfn', 'time', 'label', 'nobr', 'bdi', 'bdo', 'var', 'samp',
  'mark', 'address', 'details', 'summary', 'dl', 'dt', 'dd', 'caption', 'tbody', 'thead', 'tfoot',
]);
const unsafeTags = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'option', 'link', 'meta', 'base', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'canvas', 'dialog',
  'param', 'source', 'track', 'portal',
]);
const jsxInline = new Set(['sup', 'sub', 'kbd']);

export function convertElement(element: HtmlElement, flow: boolean, ctx: { file: VFile }, convertNodes: ConvertNodes): RootContent[] {
  const { file: vfile } = ctx;
  const tag = element.tagName;
  reportAttributes(element, vfile);

  /** The element's content as inline content; blocks inside inline HTML (rare) are flattened to their phrasing. */
  const phrasing = (of: HtmlElement): PhrasingContent[] =>
    convertNodes(of.children, false, ctx).flatMap((n) => (isPhrasing(n) ? [n as PhrasingContent] : flattenToPhrasing(n)));

  if (unsafeTags.has(tag)) {
    const source = rawSource(element);
    report(vfile, 'warning', `Removed live ${quote(`<${tag}>`)}: scripts, styles, frames and forms never reach a page; kept its source visibly as code`, 'unsafe-html', element);
    return [withPosition(flow ? { type: 'code', lang: 'html', meta: null, value: source } : { type: 'inlineCode', value: source }, element) as RootContent];
  }

  switch (tag) {
    case 'a': {
      const href = attr(element, 'href');
      const id = attr(element, 'id') ?? attr(element, 'name');
      const out: RootContent[] = [];
      if (id !== undefined && id.trim() !== '') {
        const anchor: Anchor = { type: 'anchor', id: id.trim(), raw: element.raw };
        out.push(withPosition(anchor, element) as RootContent);
      }
      const children = phrasing(element);
      if (href !== undefined && href.trim() !== '' && href.trim() !== '#') {
        if (isUnsafeUrl(href)) {
          out.push(...children);
        } else {
          const title = attr(element, 'title');
          out.push(withPosition({ type: 'link', url: href.trim(), title: title ?? null, children }, element));
        }
      } else {
        if (id === undefined) report(vfile, 'info', `Unwrapped ${quote(element.raw)}: a link with no target and no anchor`, 'html-link', element);
        out.push(...children);
      }
      return out;
    }
    case 'b':
    case 'strong':
      return [withPosition({ type: 'strong', children: phrasing(element) }, element)];
    case 'i':
    case 'em':
      return [withPosition({ type: 'emphasis', children: phrasing(element) }, element)];
    case 's':
    case 'strike':
    case 'del':
      return [withPosition({ type: 'delete', children: phrasing(element) }, element)];
    case 'code':
    case 'tt':
      return [withPosition({ type: 'inlineCode', value: toString({ type: 'root', children: element.children } as Root) }, element)];
    case 'br':
      // A line break; one that ends up between blocks is dropped (and reported) by wrapPhrasing.
      return [withPosition({ type: 'break' }, element)];
    case 'hr':
      return flow ? [withPosition({ type: 'thematicBreak' }, element)] : [withPosition({ type: 'break' }, element)];
    case 'p':
      if (flow) return [withPosition({ type: 'paragraph', children: phrasing(element) }, element)];
      return [...phrasing(element), { type: 'break' }];
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const depth = Number(tag[1]) as 1 | 2 | 3 | 4 | 5 | 6;
      if (flow) return [withPosition({ type: 'heading', depth, children: phrasing(element) }, element)];
      return [withPosition({ type: 'strong', children: phrasing(element) }, element)];
    }
    case 'ul':
    case 'ol': {
      const items = convertNodes(element.children, true, ctx).flatMap((n): RootContent[] => {
        if (n.type === 'listItem') return [n];
        if (n.type === 'paragraph') return [{ type: 'listItem', spread: false, children: [n] }];
        return [];
      });
      if (!flow) return items.flatMap((item) => [...flattenToPhrasing(item)]);
      const start = Number(attr(element, 'start') ?? '1');
      return [withPosition({ type: 'list', ordered: tag === 'ol', start: tag === 'ol' ? (Number.isFinite(start) ? start : 1) : null, spread: false, children: items as never[] }, element)];
    }
    case 'li':
      return [withPosition({ type: 'listItem', spread: false, children: convertNodes(element.children, true, ctx) as never[] }, element)];
    case 'img': {
      const src = attr(element, 'src') ?? '';
      if (src === '' || isUnsafeUrl(src)) {
        const alt = (attr(element, 'alt') ?? '').trim();
        report(vfile, 'warning', `Dropped the image ${quote(element.raw)}: it has no usable \`src\`${alt ? '; kept its alt text' : ''}`, 'html-image', element);
        return alt ? [withPosition(text(alt), element)] : [];
      }
      return [withPosition({ type: 'image', url: src, alt: attr(element, 'alt') ?? '', title: attr(element, 'title') ?? null }, element)];
    }
    case 'pre': {
      const value = toString({ type: 'root', children: element.children } as Root).replace(/^\n/, '').replace(/\n$/, '');
      return [withPosition(flow ? { type: 'code', lang: null, meta: null, value } : { type: 'inlineCode', value }, element) as RootContent];
    }
    case 'blockquote':
      if (flow) return [withPosition({ type: 'blockquote', children: convertNodes(element.children, true, ctx) as never[] }, element)];
      return phrasing(element);
    case 'table':
      return convertTable(element, flow, ctx, convertNodes);
    default:
      break;
  }

  if (jsxInline.has(tag)) {
    const jsx: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: tag, attributes: [], children: phrasing(element) };
    return [withPosition(jsx, element)];
  }

  if (unwrapTags.has(tag)) {
    const hasAttributes = element.attributes.length > 0;
    if (!unwrapQuietly.has(tag) || hasAttributes) {
      report(vfile, 'info', `Unwrapped ${quote(element.raw)}: kept its content, dropped the tag`, 'html-unwrap', element);
    }
    return convertNodes(element.children, flow, ctx);
  }

  // Unknown tag: its tags stay visible as text.
  report(vfile, 'warning', `Unknown HTML element ${quote(element.raw)}: kept its tags as visible text`, 'unknown-html', element);
  const inner = convertNodes(element.children, false, ctx);
  const out: RootContent[] = [withPosition(text(element.raw), element), ...inner];
  if (element.rawClose) out.push(text(element.rawClose));
  return out;
}
