/**
 * Raw HTML elements (rebuilt by html-tree.ts) → Markdown, or a safe MDX equivalent:
 *
 * - `<strong>`/`<b>` → `**…**`, `<em>`/`<i>` → `_…_`, `<code>` → `` `…` ``, `<br>` → a line break,
 *   `<p>`, `<ul>`/`<ol>`/`<li>`, `<h1>`…`<h6>`, `<img>`, `<pre>`, `<blockquote>`, `<hr>` → Markdown;
 * - `<sup>`, `<sub>`, `<kbd>` → the same element in JSX, without attributes;
 * - `<a href>` → a link, `<a name|id>` → an anchor (anchors.ts places it), tables → html-table.ts;
 * - layout-only wrappers (`<span>`, `<div>`, `<font>`, `<center>`…) → their content, reported;
 * - `<script>`, `<style>`, `<iframe>`, forms… → never live: shown as code, reported;
 * - unknown tags → their tags kept visibly as text, reported; comments → MDX comments.
 *
 * Event-handler attributes and `javascript:` URLs are dropped and reported.
 */
import type { Nodes, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { attr, rawSource } from '../repair/html-tree.ts';
import { reportAttributes } from './html-attributes.ts';
import { convertTable } from './html-table.ts';
import { quote, report } from '../messages.ts';
import type { Anchor, HtmlComment, HtmlElement } from './nodes.ts';
import { isUnsafeUrl } from './safe-url.ts';

export interface HtmlContext {
  file: VFile;
}

const phrasingTypes = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference',
  'footnoteReference', 'html', 'mdxJsxTextElement', 'mdxTextExpression', 'segment', 'anchor', 'htmlComment',
]);

export function isPhrasing(node: RootContent): boolean {
  return phrasingTypes.has(node.type);
}

const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);

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

function text(value: string): Text {
  return { type: 'text', value };
}

function withPosition<T extends Nodes>(node: T, from: Nodes): T {
  if (from.position) node.position = from.position;
  return node;
}

/** Wraps runs of phrasing content in paragraphs (for flow parents). */
function wrapPhrasing(nodes: RootContent[], file: VFile): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const blank = (n: PhrasingContent | undefined) => n !== undefined && (n.type === 'break' || (n.type === 'text' && n.value.trim() === ''));
  const drop = (n: PhrasingContent) => {
    if (n.type === 'break') report(file, 'info', 'Dropped a `<br>` between blocks (blank lines separate blocks)', 'html-break', n);
  };
  const flush = () => {
    while (blank(run[0])) drop(run.shift()!);
    while (blank(run.at(-1))) drop(run.pop()!);
    if (run.length > 0) {
      const only = run.length === 1 ? run[0]! : undefined;
      // A lone comment or anchor stays a flow node.
      if (only && (only.type === 'htmlComment' || only.type === 'anchor')) out.push(only as RootContent);
      else out.push({ type: 'paragraph', children: run });
    }
    run = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) run.push(node as PhrasingContent);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}

function comment(node: HtmlComment, flow: boolean, file: VFile): RootContent {
  const value = `/* ${node.value.trim().replace(/\*\//g, '* /')} */`;
  report(file, 'info', `Kept the HTML comment ${quote(node.value.trim())} as an MDX comment`, 'html-comment', node);
  const expression: MdxFlowExpression | MdxTextExpression = flow ? { type: 'mdxFlowExpression', value } : { type: 'mdxTextExpression', value };
  return withPosition(expression, node) as RootContent;
}

/** Converts raw HTML in a list of siblings; `flow` says whether they are blocks. */
export function convertNodes(nodes: readonly RootContent[], flow: boolean, ctx: HtmlContext): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'htmlElement') out.push(...convertElement(node, flow, ctx));
    else if (node.type === 'htmlComment') out.push(comment(node, flow, ctx.file));
    else if (node.type === 'segment') {
      node.children = convertNodes(node.children, false, ctx) as PhrasingContent[];
      node.source = convertNodes(node.source, false, { file: ctx.file }) as PhrasingContent[];
      out.push(node);
    } else if (node.type === 'html') {
      // Left over (html-tree.ts pairs every tag): never passed through.
      report(file(ctx), 'warning', `Kept raw HTML ${quote(node.value)} as text`, 'unknown-html', node);
      out.push(withPosition(text(node.value), node));
    } else if ('children' in node) {
      const parentFlow = flowParents.has(node.type);
      (node as { children: RootContent[] }).children = convertNodes(node.children as RootContent[], parentFlow, ctx);
      out.push(node);
    } else out.push(node);
  }
  return flow ? wrapPhrasing(out, ctx.file) : out;
}

function file(ctx: HtmlContext): VFile {
  return ctx.file;
}

function phrasing(element: HtmlElement, ctx: HtmlContext): PhrasingContent[] {
  const converted = convertNodes(element.children, false, ctx);
  // Blocks inside inline HTML (rare) are flattened to their phrasing.
  return converted.flatMap((n) => (isPhrasing(n) ? [n as PhrasingContent] : flattenToPhrasing(n)));
}

function flattenToPhrasing(node: RootContent): PhrasingContent[] {
  if (node.type === 'paragraph' || node.type === 'heading') return [...node.children, { type: 'break' }];
  if ('children' in node) return (node.children as RootContent[]).flatMap((c) => (isPhrasing(c) ? [c as PhrasingContent] : flattenToPhrasing(c)));
  if ('value' in node && typeof node.value === 'string') return [text(node.value)];
  return [];
}

function convertElement(element: HtmlElement, flow: boolean, ctx: HtmlContext): RootContent[] {
  const { file: vfile } = ctx;
  const tag = element.tagName;
  reportAttributes(element, vfile);

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
      const children = phrasing(element, ctx);
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
      return [withPosition({ type: 'strong', children: phrasing(element, ctx) }, element)];
    case 'i':
    case 'em':
      return [withPosition({ type: 'emphasis', children: phrasing(element, ctx) }, element)];
    case 's':
    case 'strike':
    case 'del':
      return [withPosition({ type: 'delete', children: phrasing(element, ctx) }, element)];
    case 'code':
    case 'tt':
      return [withPosition({ type: 'inlineCode', value: toString({ type: 'root', children: element.children } as Root) }, element)];
    case 'br':
      // A line break; one that ends up between blocks is dropped (and reported) by wrapPhrasing.
      return [withPosition({ type: 'break' }, element)];
    case 'hr':
      return flow ? [withPosition({ type: 'thematicBreak' }, element)] : [withPosition({ type: 'break' }, element)];
    case 'p':
      if (flow) return [withPosition({ type: 'paragraph', children: phrasing(element, ctx) }, element)];
      return [...phrasing(element, ctx), { type: 'break' }];
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const depth = Number(tag[1]) as 1 | 2 | 3 | 4 | 5 | 6;
      if (flow) return [withPosition({ type: 'heading', depth, children: phrasing(element, ctx) }, element)];
      return [withPosition({ type: 'strong', children: phrasing(element, ctx) }, element)];
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
      return phrasing(element, ctx);
    case 'table':
      return convertTable(element, flow, ctx, convertNodes);
    default:
      break;
  }

  if (jsxInline.has(tag)) {
    const jsx: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: tag, attributes: [], children: phrasing(element, ctx) };
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

/** Converts raw HTML everywhere in `tree`. */
export function convertHtml(tree: Root, ctx: HtmlContext): void {
  tree.children = convertNodes(tree.children, true, ctx) as Root['children'];
}
