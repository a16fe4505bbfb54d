/**
 * Paragraphs made of translated sentences stay paragraphs.
 *
 * A side-by-side translation writes each sentence as `<Segment id source="…">…</Segment>`. MDX
 * "unravels" a paragraph that holds nothing but JSX and whitespace (@mdx-js/mdx's
 * remark-mark-and-unravel, which runs before the site's remark plugins): its elements become
 * block-level siblings and the paragraph is gone, so a translated page had no `<p>` where its
 * English has one, and the white space between its sentences was dropped.
 *
 * This remark plugin undoes that for `Segment` only (a Segment is inline text): consecutive
 * block-level Segments with no blank line between them were one paragraph, and become one again,
 * with the white space the writer put between them. A Segment holding block content (a paragraph
 * of its own, a list…) is left as it is. Other components (<EligibilityChecker />…) are untouched.
 */
import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Node types that may not sit inside a paragraph. */
const blockTypes = new Set([
  'paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'thematicBreak', 'html',
  'mdxJsxFlowElement', 'mdxFlowExpression', 'mdxjsEsm', 'definition', 'footnoteDefinition', 'yaml',
]);

function isInlineSegment(node: RootContent): node is MdxJsxFlowElement {
  return (
    node.type === 'mdxJsxFlowElement' &&
    node.name === 'Segment' &&
    node.children.every((child) => !blockTypes.has(child.type))
  );
}

/** The white space between two sentences of one paragraph, as written (a space or a line break). */
function gapBetween(previous: MdxJsxFlowElement, next: MdxJsxFlowElement, source: string | undefined): string {
  const from = previous.position?.end.offset;
  const to = next.position?.start.offset;
  if (source !== undefined && from !== undefined && to !== undefined) {
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

export function remarkSegmentParagraphs() {
  return (tree: Root, file?: VFile) => {
    const source = file && typeof file.value === 'string' ? file.value : undefined;
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'paragraph') return;
      const parent = node as Parent;
      const children = parent.children as RootContent[];
      const out: RootContent[] = [];
      let run: MdxJsxFlowElement[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const phrasing: PhrasingContent[] = [];
        run.forEach((segment, index) => {
          if (index > 0) phrasing.push({ type: 'text', value: gapBetween(run[index - 1]!, segment, source) });
          // The same node, now inline: its attributes, children and MDX data are kept.
          (segment as unknown as MdxJsxTextElement).type = 'mdxJsxTextElement';
          phrasing.push(segment as unknown as MdxJsxTextElement);
        });
        const first = run[0]!.position;
        const last = run[run.length - 1]!.position;
        const paragraph: Paragraph = { type: 'paragraph', children: phrasing };
        if (first && last) paragraph.position = { start: first.start, end: last.end };
        out.push(paragraph);
        run = [];
      };
      let changed = false;
      for (const child of children) {
        if (isInlineSegment(child)) {
          const previous = run[run.length - 1];
          if (previous && !sameParagraph(previous, child)) flush();
          run.push(child);
          changed = true;
        } else {
          flush();
          out.push(child);
        }
      }
      flush();
      if (changed) parent.children = out as Parent['children'];
    });
  };
}
