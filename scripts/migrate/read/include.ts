/**
 * DocFX includes: `[!INCLUDE[title](path/to/include.md)]` alone in a paragraph is replaced by
 * the included file's blocks; inside a sentence, by its text (when it is one paragraph).
 * A missing include (or one nested too deep, or a cycle) is reported and kept visibly as text.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Link, Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';

export interface IncludeContext {
  file: VFile;
  /** Parses an include file (body only), or undefined (and reports) when it cannot. */
  load: (path: string, from: VFile, where: Position | undefined) => Root | undefined;
  /** Absolute paths of the includes being expanded (cycle detection). */
  stack: string[];
}

const maxDepth = 5;
const opening = /\[!include\s*$/i;
const closing = /^\s*\]/;

interface Found {
  index: number;
  link: Link;
  before: Text;
  after: Text;
}

function find(children: readonly PhrasingContent[], from: number): Found | undefined {
  for (let i = from; i + 2 < children.length; i++) {
    const before = children[i]!;
    const link = children[i + 1]!;
    const after = children[i + 2]!;
    if (before.type === 'text' && opening.test(before.value) && link.type === 'link' && after.type === 'text' && closing.test(after.value)) {
      return { index: i, link, before, after };
    }
  }
  return undefined;
}

function place(nodes: RootContent[], position: Position | undefined): RootContent[] {
  const visit = (node: RootContent): RootContent => {
    if (position) node.position = position;
    else delete node.position;
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
    return node;
  };
  return nodes.map(visit);
}

function visibleText(found: Found): Text {
  const title = found.link.children.map((c) => ('value' in c ? c.value : '')).join('');
  return { type: 'text', value: `[!INCLUDE[${title}](${found.link.url})]` };
}

function expandParagraph(paragraph: Paragraph, ctx: IncludeContext): RootContent[] {
  let children = paragraph.children;
  let from = 0;
  for (;;) {
    const found = find(children, from);
    if (!found) break;
    const path = found.link.url;
    const where = found.link.position ?? paragraph.position;
    const absolute = ctx.file.path && !path.startsWith('~') ? resolve(dirname(ctx.file.path), decodeURIComponent(path)) : undefined;
    let included: Root | undefined;
    if (absolute && !existsSync(absolute)) {
      report(ctx.file, 'warning', `Cannot find the include ${quote(path)}; kept it as text`, 'include-missing', where);
    } else if (!absolute) {
      report(ctx.file, 'warning', `Cannot resolve the include ${quote(path)} (paths from the docset root are not available); kept it as text`, 'include-missing', where);
    } else if (ctx.stack.includes(absolute) || ctx.stack.length >= maxDepth) {
      report(ctx.file, 'warning', `Include ${quote(path)} ${ctx.stack.includes(absolute) ? 'includes itself' : `is nested more than ${maxDepth} deep`}; kept it as text`, 'include-cycle', where);
    } else {
      included = ctx.load(absolute, ctx.file, where);
      if (included) {
        ctx.stack.push(absolute);
        expandIncludes(included, ctx);
        ctx.stack.pop();
      }
    }
    const beforeText = found.before.value.replace(opening, '');
    const afterText = found.after.value.replace(closing, '');
    const alone = beforeText.trim() === '' && afterText.trim() === '' && found.index === 0 && found.index + 3 === children.length;
    if (included && alone) {
      report(ctx.file, 'info', `Included ${quote(path)} (${included.children.length} block${included.children.length === 1 ? '' : 's'})`, 'include', where);
      return place(included.children, paragraph.position);
    }
    let replacement: PhrasingContent[];
    if (included && included.children.length === 1 && included.children[0]!.type === 'paragraph') {
      report(ctx.file, 'info', `Included ${quote(path)} inline`, 'include', where);
      replacement = place(included.children[0]!.children as RootContent[], found.link.position) as PhrasingContent[];
    } else {
      if (included) report(ctx.file, 'warning', `Include ${quote(path)} has blocks but stands inside a sentence; kept it as text`, 'include-inline', where);
      replacement = [visibleText(found)];
    }
    const head: PhrasingContent[] = beforeText === '' ? [] : [{ ...found.before, value: beforeText }];
    const tail: PhrasingContent[] = afterText === '' ? [] : [{ ...found.after, value: afterText }];
    children = [...children.slice(0, found.index), ...head, ...replacement, ...tail, ...children.slice(found.index + 3)];
    from = found.index + head.length + replacement.length;
  }
  paragraph.children = children;
  return [paragraph];
}

function visit(parent: Parents, ctx: IncludeContext): void {
  parent.children = (parent.children as RootContent[]).flatMap((child) => {
    if (child.type === 'paragraph') return expandParagraph(child, ctx);
    if ('children' in child) visit(child as Parents, ctx);
    return [child];
  }) as typeof parent.children;
}

export function expandIncludes(tree: Root, ctx: IncludeContext): void {
  visit(tree, ctx);
}
