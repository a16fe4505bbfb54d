/**
 * Paragraphs made of translated sentences stay paragraphs.
 *
 * A side-by-side translation writes each sentence as `<Segment id source="…">…</Segment>`. MDX
 * "unravels" a paragraph that holds nothing but JSX and whitespace: its elements become
 * block-level siblings and the paragraph is gone, so a translated page had no `<p>` where its
 * English has one, and the white space between its sentences was dropped.
 *
 * This plugin undoes that for `Segment` only (a Segment is inline text): consecutive block-level
 * Segments with no blank line between them were one paragraph, and become one again, with the
 * white space the writer put between them. A Segment holding block content (a paragraph of its
 * own, a list…) is left as it is. Other components (<EligibilityChecker />…) are untouched.
 */
import type { Nodes, Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

/** Node types that may not sit inside a paragraph. */
const blockTypes = new Set([
  'paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'thematicBreak', 'html',
  'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxjsEsm', 'definition', 'footnoteDefinition', 'yaml',
]);

function isInlineSegment(node: Nodes): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === 'Segment' && node.children.every((child) => !blockTypes.has(child.type));
}

/** The white space between two sentences of one paragraph, as written (a space or a line break). */
function gapBetween(previous: MdxJsxFlowElement, next: MdxJsxFlowElement, source: string): string {
  const from = previous.position?.end.offset;
  const to = next.position?.start.offset;
  if (from !== undefined && to !== undefined) {
    const gap = source.slice(from, to);
    if (/^\s+$/.test(gap)) return gap.replace(/[ \t]*\r?\n[ \t]*/g, '\n');
  }
  return previous.position && next.position && previous.position.end.line < next.position.start.line ? '\n' : ' ';
}

/** True when `next` continues the paragraph `previous` is in (no blank line between them). */
function sameParagraph(previous: MdxJsxFlowElement, next: MdxJsxFlowElement): boolean {
  if (!previous.position || !next.position) return false;
  return next.position.start.line <= previous.position.end.line + 1;
}

/** Consecutive inline Segments that were one paragraph, and the node they sit in. */
export interface SegmentRun {
  parent: Parent;
  segments: MdxJsxFlowElement[];
}

/** Runs of inline Segments that were one paragraph, anywhere in the tree (paragraphs aside). */
export function segmentRuns(tree: Root): SegmentRun[] {
  const runs: SegmentRun[] = [];
  const walk = (node: Nodes) => {
    if (!('children' in node) || node.type === 'paragraph') return;
    let run: MdxJsxFlowElement[] = [];
    for (const child of node.children as Nodes[]) {
      if (isInlineSegment(child)) {
        const previous = run.at(-1);
        if (previous && !sameParagraph(previous, child)) run = [];
        if (run.length === 0) runs.push({ parent: node, segments: run });
        run.push(child);
      } else {
        run = [];
        walk(child);
      }
    }
  };
  walk(tree);
  return runs;
}

/** The paragraph a run of Segments was: the same elements, now inline, with their white space. */
export function paragraphOf(run: readonly MdxJsxFlowElement[], source: string): Paragraph {
  const children: PhrasingContent[] = [];
  run.forEach((segment, index) => {
    if (index > 0) children.push({ type: 'text', value: gapBetween(run[index - 1]!, segment, source) });
    const inline: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: segment.name, attributes: segment.attributes, children: segment.children as PhrasingContent[] };
    children.push(inline);
  });
  return { type: 'paragraph', children };
}

export const segmentParagraphsPlugin: MdastPluginEntry = (file) =>
  file.source.includes('<Segment') &&
  defineMdastPlugin({
    name: 'segment-paragraphs',
    options: { position: true },
    before(root, ctx) {
      for (const { segments } of segmentRuns(root as Root)) {
        ctx.replaceNode(segments[0]!, paragraphOf(segments, file.source));
        for (const segment of segments.slice(1)) ctx.removeNode(segment);
      }
    },
  });

/** The same change made in place, on a tree of one's own (read-page.ts reads pages as the site renders them). */
export function joinSegmentParagraphs(tree: Root, source: string): void {
  for (const { parent, segments } of segmentRuns(tree)) {
    const paragraph = paragraphOf(segments, source);
    const first = segments[0]!.position;
    const last = segments.at(-1)!.position;
    if (first && last) paragraph.position = { start: first.start, end: last.end };
    const at = parent.children.indexOf(segments[0]! as never);
    parent.children.splice(at, segments.length, paragraph as never);
  }
}
