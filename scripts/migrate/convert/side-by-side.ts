/**
 * Side-by-side translations (Microsoft Docs "sxs"):
 *
 *   <span data-ttu-id="X">translated</span><span class="sxs-lookup"><span data-stu-id="X">English</span></span>
 *
 * become `segment` nodes: the translated text as children, the English aligned by id as
 * `source`. The translated page renders them as `<Segment id source>`; the en-us page is
 * recovered from the `source` side.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { attr, hasClass } from '../repair/html-tree.ts';
import { quote, report } from '../messages.ts';
import type { HtmlElement, Segment } from './nodes.ts';

function isElement(node: RootContent | undefined, tag: string): node is HtmlElement {
  return node?.type === 'htmlElement' && node.tagName === tag;
}

function isBlank(node: RootContent | undefined): boolean {
  return node?.type === 'text' && node.value.trim() === '';
}

function isTranslated(node: RootContent | undefined): boolean {
  return isElement(node, 'span') && attr(node, 'data-ttu-id') !== undefined;
}

function isLookup(node: RootContent | undefined): boolean {
  return isElement(node, 'span') && hasClass(node, 'sxs-lookup');
}

/** The `<span data-stu-id>` inside a lookup span (ignoring white space around it). */
function sourceSpan(lookup: HtmlElement): HtmlElement | undefined {
  const inner = lookup.children.filter((c) => !isBlank(c));
  const only = inner[0];
  return inner.length === 1 && isElement(only, 'span') && attr(only, 'data-stu-id') !== undefined ? only : undefined;
}

export interface SegmentStats {
  count: number;
  first?: Segment;
}

function pair(parent: Parents, file: VFile, stats: SegmentStats): void {
  for (const child of parent.children) if ('children' in child) pair(child as Parents, file, stats);
  const out: RootContent[] = [];
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]! as HtmlElement;
    if (isTranslated(node)) {
      const id = attr(node, 'data-ttu-id')!;
      let j = i + 1;
      while (isBlank(children[j]) && j < children.length) j++;
      const lookup = children[j] as HtmlElement | undefined;
      if (lookup && isLookup(lookup)) {
        const stu = sourceSpan(lookup);
        if (stu) {
          const sourceId = attr(stu, 'data-stu-id')!;
          if (sourceId !== id) {
            report(file, 'warning', `Side-by-side ids differ: translated ${quote(id)}, English ${quote(sourceId)}; kept them together as ${quote(id)}`, 'segment-id', node);
          }
          const segment: Segment = {
            type: 'segment',
            id,
            children: node.children as PhrasingContent[],
            source: stu.children as PhrasingContent[],
          };
          if (node.position) segment.position = node.position;
          out.push(segment as RootContent);
          stats.count++;
          stats.first ??= segment;
          i = j;
          continue;
        }
      }
      report(file, 'warning', `Translated span ${quote(id)} has no English alongside (\`<span class="sxs-lookup">\`); kept its text without a segment`, 'segment-source', node);
      out.push(...node.children);
      continue;
    }
    if (isLookup(node)) {
      const stu = sourceSpan(node);
      report(
        file,
        'warning',
        `English ${stu ? quote(attr(stu, 'data-stu-id')!) : 'lookup span'} has no translated span before it; kept the English text (untranslated)`,
        'segment-translation',
        node,
      );
      out.push(...(stu ? stu.children : node.children));
      continue;
    }
    out.push(children[i]!);
  }
  parent.children = out as typeof parent.children;
}

/** Pairs translated and English spans into `segment` nodes everywhere in `tree`. */
export function pairSegments(tree: Root, file: VFile): SegmentStats {
  const stats: SegmentStats = { count: 0 };
  pair(tree, file, stats);
  return stats;
}

/** The two pages a side-by-side tree gives: the translation (segments kept) or the English. */
export type Variant = 'translated' | 'english';

function project(nodes: readonly RootContent[], variant: Variant): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'segment') {
      if (variant === 'english') {
        out.push(...project(node.source, variant));
      } else {
        out.push({ ...node, children: project(node.children, variant) as PhrasingContent[], source: project(node.source, variant) as PhrasingContent[] } as RootContent);
      }
    } else if ('children' in node) {
      out.push({ ...node, children: project(node.children as RootContent[], variant) } as RootContent);
    } else {
      out.push({ ...node } as RootContent);
    }
  }
  return out;
}

/** A deep copy of `tree` for one variant. */
export function variantOf(tree: Root, variant: Variant): Root {
  const copy = structuredClone(tree);
  return { ...copy, children: project(copy.children, variant) as Root['children'] };
}

export function hasSegments(node: Nodes): boolean {
  if (node.type === 'segment') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasSegments);
}
