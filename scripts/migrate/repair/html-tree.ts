/**
 * Raw HTML in Markdown arrives as loose tags (`html` nodes: `<span data-ttu-id="1">`, text,
 * `</span>`). This module pairs them back into elements (`htmlElement` nodes) around the
 * Markdown between them, in every parent. A `<span>` that is not closed in its paragraph,
 * or a `</span>` that closes nothing, is an error: side-by-side text cannot be aligned then.
 */
import type { Nodes, Parents, RootContent, Root, Text } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { pointAt, tokenizeHtml } from './html-tokens.ts';
import { quote, report } from '../messages.ts';
import type { HtmlElement } from '../convert/nodes.ts';

export const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Frame {
  element: HtmlElement | undefined;
  children: RootContent[];
  start: Point | undefined;
}

function isParent(node: Nodes): node is Parents {
  return 'children' in node && Array.isArray((node as Parents).children);
}

function position(start: Point | undefined, end: Point | undefined): Position | undefined {
  return start && end ? { start, end } : undefined;
}

/** Rebuilds elements in `parent` and, first, in all its descendants. */
function rebuild(parent: Parents, file: VFile): void {
  for (const child of parent.children) if (isParent(child as Nodes)) rebuild(child as Parents, file);
  if (!parent.children.some((c) => c.type === 'html')) return;

  const stack: Frame[] = [{ element: undefined, children: [], start: undefined }];
  const top = () => stack.at(-1)!;
  const closeFrame = (end: Point | undefined, rawClose: string | undefined) => {
    const frame = stack.pop()!;
    const element = frame.element!;
    element.children = frame.children;
    element.rawClose = rawClose;
    const pos = position(frame.start, end ?? frame.start);
    if (pos) element.position = pos;
    top().children.push(element as RootContent);
  };

  for (const child of parent.children) {
    if (child.type !== 'html') {
      top().children.push(child);
      continue;
    }
    const source = child.value;
    for (const token of tokenizeHtml(source)) {
      const start = pointAt(child.position, source, token.offset);
      const end = pointAt(child.position, source, token.offset + token.raw.length);
      if (token.kind === 'text') {
        const text: Text = { type: 'text', value: token.value, data: { raw: token.raw } };
        const pos = position(start, end);
        if (pos) text.position = pos;
        top().children.push(text);
      } else if (token.kind === 'comment') {
        const pos = position(start, end);
        top().children.push(pos ? { type: 'htmlComment', value: token.value, position: pos } : { type: 'htmlComment', value: token.value });
      } else if (token.kind === 'other') {
        report(file, 'warning', `Kept ${quote(token.raw)} as text: it is not HTML an MDX page can hold`, 'unknown-html', start);
        const text: Text = { type: 'text', value: token.raw, data: { raw: token.raw } };
        top().children.push(text);
      } else if (token.kind === 'open') {
        const element: HtmlElement = {
          type: 'htmlElement',
          tagName: token.name,
          attributes: token.attributes,
          children: [],
          raw: token.raw,
          rawClose: undefined,
        };
        if (token.selfClosing || voidElements.has(token.name)) {
          const pos = position(start, end);
          if (pos) element.position = pos;
          top().children.push(element as RootContent);
        } else {
          stack.push({ element, children: [], start });
        }
      } else {
        // Closing tag: close the matching open element.
        let depth = stack.length - 1;
        while (depth > 0 && stack[depth]!.element!.tagName !== token.name) depth--;
        if (depth === 0) {
          if (token.name === 'span') {
            report(file, 'error', `Unbalanced spans: ${quote(token.raw)} closes no open \`<span>\``, 'unbalanced-span', start);
          } else {
            report(file, 'warning', `Dropped ${quote(token.raw)}: it closes no open \`<${token.name}>\``, 'unbalanced-html', start);
          }
          continue;
        }
        while (stack.length - 1 > depth) {
          const open = top().element!;
          const severity = open.tagName === 'span' ? 'error' : 'warning';
          report(
            file,
            severity,
            `${severity === 'error' ? 'Unbalanced spans: ' : ''}${quote(open.raw)} is not closed before ${quote(token.raw)}`,
            open.tagName === 'span' ? 'unbalanced-span' : 'unbalanced-html',
            top().start,
          );
          closeFrame(start, undefined);
        }
        closeFrame(end, token.raw);
      }
    }
  }
  while (stack.length > 1) {
    const open = top().element!;
    const severity = open.tagName === 'span' ? 'error' : 'warning';
    report(
      file,
      severity,
      `${severity === 'error' ? 'Unbalanced spans: ' : ''}${quote(open.raw)} is never closed (a \`</${open.tagName}>\` must follow in the same ${parent.type === 'root' ? 'document' : parent.type === 'listItem' ? 'list item' : parent.type})`,
      open.tagName === 'span' ? 'unbalanced-span' : 'unbalanced-html',
      top().start,
    );
    closeFrame(parent.position?.end, undefined);
  }
  parent.children = stack[0]!.children as typeof parent.children;
}

export function buildHtmlTrees(tree: Root, file: VFile): void {
  rebuild(tree, file);
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attributes.find((a) => a.name === name)?.value;
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

/** The element as it was written (tags and text), for keeping it visible. */
export function rawSource(node: RootContent): string {
  if (node.type === 'htmlElement') {
    return node.raw + node.children.map(rawSource).join('') + (node.rawClose ?? '');
  }
  if (node.type === 'text') return node.data?.raw ?? node.value;
  if (node.type === 'htmlComment') return `<!--${node.value}-->`;
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(rawSource).join('');
  return '';
}
