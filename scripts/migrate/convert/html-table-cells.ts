/**
 * The content of one converted table cell (mdast flow nodes from html-elements.ts), for
 * html-table.ts: as one line of inline content for a GFM cell, tidied for an HTML table cell,
 * and whether it is wholly bold (a header cell written as `<td><strong>…</strong></td>`).
 */
import type { PhrasingContent, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';

/** Blocks a GFM cell cannot hold, named for the report. */
const blockNames: Record<string, string> = {
  list: 'lists',
  code: 'code blocks',
  table: 'tables',
  heading: 'headings',
  blockquote: 'quotes',
  thematicBreak: 'rules',
  mdxJsxFlowElement: 'block elements',
};

const br = (): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name: 'br', attributes: [], children: [] });

function isBlank(node: RootContent | PhrasingContent | undefined): boolean {
  return node !== undefined && ((node.type === 'text' && node.value.trim() === '') || node.type === 'break');
}

/** Line breaks → `<br />`, line feeds in text → spaces (a GFM row is one line), everywhere. */
function oneLine(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.type === 'break') return br();
    if (node.type === 'text') return { ...node, value: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') } as Text;
    if (node.type === 'inlineCode') return { ...node, value: node.value.replace(/\r?\n/g, ' ') };
    if (node.type === 'segment') return { ...node, children: oneLine(node.children) };
    if ('children' in node) return { ...node, children: oneLine(node.children as PhrasingContent[]) } as PhrasingContent;
    return node;
  });
}

/** Leading and trailing white space and breaks off a run of phrasing (not inside it). */
function trimRun(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (isBlank(out[0])) out.shift();
  while (isBlank(out.at(-1))) out.pop();
  if (out.length > 0) out[0] = trimEnd(out[0]!, 'start');
  if (out.length > 0) out[out.length - 1] = trimEnd(out.at(-1)!, 'end');
  return out;
}

/** White space off one end of a node: of its text, or of the text that ends its emphasis. */
function trimEnd(node: PhrasingContent, end: 'start' | 'end'): PhrasingContent {
  if (node.type === 'text') return { ...node, value: node.value.replace(end === 'start' ? /^\s+/ : /\s+$/, '') };
  if ((node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') && node.children.length > 0) {
    const children = [...node.children];
    const i = end === 'start' ? 0 : children.length - 1;
    children[i] = trimEnd(children[i]!, end);
    return { ...node, children: children.filter((c) => !(c.type === 'text' && c.value === '')) } as PhrasingContent;
  }
  return node;
}

export interface InlineCell {
  /** The cell as one line (paragraphs joined with `<br />`), or undefined when it holds blocks. */
  phrasing: PhrasingContent[] | undefined;
  /** What blocks it holds (for the report): `lists`, `code blocks`… */
  blocks: string[];
}

/** The cell as one line of inline content for a GFM table cell. */
export function inlineCell(nodes: readonly RootContent[]): InlineCell {
  const out: PhrasingContent[] = [];
  const blocks = new Set<string>();
  let paragraphs = 0;
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      if (paragraphs++ > 0) out.push({ type: 'break' });
      out.push(...node.children);
    } else if (node.type === 'mdxFlowExpression') {
      // A comment (`{/* … */}`) stays one, inline.
      out.push({ ...node, type: 'mdxTextExpression' } as unknown as PhrasingContent);
    } else if (node.type === 'anchor') {
      out.push(node);
    } else {
      blocks.add(blockNames[node.type] ?? 'other blocks');
    }
  }
  if (blocks.size > 0) return { phrasing: undefined, blocks: [...blocks] };
  return { phrasing: trimRun(oneLine(out)), blocks: [] };
}

/**
 * Whether a `|` would stand inside a JSX attribute or an expression of the cell: a GFM row
 * splits there (only text and code can escape it), so such a table cannot be a GFM table.
 */
export function pipeInAttribute(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'segment') {
      return toString({ type: 'paragraph', children: node.source }).includes('|') || node.id.includes('|') || pipeInAttribute(node.children);
    }
    if (node.type === 'anchor') return node.id.includes('|');
    if (node.type === 'mdxTextExpression') return node.value.includes('|');
    if (node.type === 'mdxJsxTextElement') {
      return node.attributes.some((a) => a.type !== 'mdxJsxAttribute' || (typeof a.value === 'string' && a.value.includes('|'))) || pipeInAttribute(node.children);
    }
    return 'children' in node && pipeInAttribute(node.children as PhrasingContent[]);
  });
}

/**
 * The cell's blocks with white space trimmed off each paragraph's ends (it would be written as
 * `&#x20;`), empty paragraphs dropped, in list items too.
 */
export function tidyBlocks(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const children = trimRun(node.children).filter((c) => !(c.type === 'text' && c.value === ''));
      if (children.length > 0) out.push({ ...node, children });
    } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
      out.push({ ...node, children: tidyBlocks(node.children) } as RootContent);
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Whether the cell is empty (no text, no anchor, no image…). */
export function isEmptyCell(nodes: readonly RootContent[]): boolean {
  return nodes.every((node) => (node.type === 'paragraph' ? node.children.every(isBlank) : isBlank(node)));
}

/**
 * The cell without its bold when everything in it is bold: only paragraphs, each of them only
 * `**…**` (with white space, breaks or anchors between); undefined otherwise.
 */
export function unbolded(nodes: readonly RootContent[]): RootContent[] | undefined {
  let bold = 0;
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'anchor') {
      out.push(node);
      continue;
    }
    if (node.type !== 'paragraph') return undefined;
    const children: PhrasingContent[] = [];
    for (const child of node.children) {
      if (child.type === 'strong') {
        bold++;
        children.push(...child.children);
      } else if (isBlank(child) || child.type === 'anchor') children.push(child);
      else return undefined;
    }
    out.push({ ...node, children });
  }
  return bold > 0 ? out : undefined;
}
