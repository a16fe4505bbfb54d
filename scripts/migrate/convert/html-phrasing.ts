/**
 * Inline (phrasing) and block (flow) content while raw HTML is converted (html-elements.ts,
 * html-tags.ts): which nodes are inline, runs of inline content wrapped in paragraphs where
 * blocks stand (a `<br>` left between blocks is dropped, reported), and blocks flattened to
 * inline content where only that may stand.
 */
import type { Nodes, PhrasingContent, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../messages.ts';

const phrasingTypes = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference',
  'footnoteReference', 'html', 'mdxJsxTextElement', 'mdxTextExpression', 'segment', 'anchor', 'htmlComment',
]);

export function isPhrasing(node: RootContent): boolean {
  return phrasingTypes.has(node.type);
}

/** The node types whose children are blocks. */
export const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);

export function text(value: string): Text {
  return { type: 'text', value };
}

export function withPosition<T extends Nodes>(node: T, from: Nodes): T {
  if (from.position) node.position = from.position;
  return node;
}

/** Wraps runs of phrasing content in paragraphs (for flow parents). */
export function wrapPhrasing(nodes: RootContent[], file: VFile): RootContent[] {
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

/** A block as inline content: a paragraph's or heading's children and a line break, a container's phrasing. */
export function flattenToPhrasing(node: RootContent): PhrasingContent[] {
  if (node.type === 'paragraph' || node.type === 'heading') return [...node.children, { type: 'break' }];
  if ('children' in node) return (node.children as RootContent[]).flatMap((c) => (isPhrasing(c) ? [c as PhrasingContent] : flattenToPhrasing(c)));
  if ('value' in node && typeof node.value === 'string') return [text(node.value)];
  return [];
}
