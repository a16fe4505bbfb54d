/**
 * A side-by-side sentence whose text starts on the next line:
 *
 *   1.  <span data-ttu-id="d2f7e-123">
 *             **[ダッシュボード]** メニューの …</span><span class="sxs-lookup">…</span></span>
 *
 * A line holding only an opening tag starts a CommonMark HTML block (kind 7), so everything up
 * to the next blank line is raw HTML: the Markdown inside (`**[ダッシュボード]**`) would become
 * escaped text, and the segment's closing tag would end up in another block than its opening.
 * The writer meant a paragraph: the line break and indentation after the opening tag are
 * dropped and the block is parsed again as Markdown, in place (positions kept), reported.
 *
 * When the next line is not indented (`2. <span data-ttu-id="a57fb-143">` then
 * `[Создайте новую подписку](…) как обычно.</span>…` in ru-ru `minecraft-subscriptions.md`), the
 * tag alone ends the list item and the sentence becomes a paragraph after the list: the
 * paragraph moves back into the item, behind its tag, reported.
 */
import type { Parents, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../messages.ts';
import { reparse } from './reparse.ts';

const opening = /^(<span data-ttu-id="[^"]*">)[ \t]*\r?\n[ \t]*/;

const alone = /^<span data-ttu-id="[^"]*">\s*$/;

/** The last node of a list, if it is a lone opening segment tag (and its list item). */
function trailingTag(list: RootContent): { item: Parents; tag: RootContent } | undefined {
  if (list.type !== 'list') return undefined;
  const item = list.children.at(-1);
  const tag = item?.children.at(-1);
  return item && tag?.type === 'html' && alone.test(tag.value) ? { item, tag } : undefined;
}

export function repairSegmentBlocks(tree: Root, file: VFile, parse: (text: string) => Root): void {
  const rejoin = (parent: Parents) => {
    const children = parent.children as RootContent[];
    for (let i = 0; i + 1 < children.length; i++) {
      const found = trailingTag(children[i]!);
      const next = children[i + 1]!;
      if (!found || next.type !== 'paragraph') continue;
      found.item.children.pop();
      const paragraph = { ...next, children: [found.tag as never, ...next.children] };
      if (found.tag.position && next.position) paragraph.position = { start: found.tag.position.start, end: next.position.end };
      (found.item.children as RootContent[]).push(paragraph);
      children.splice(i + 1, 1);
      report(file, 'warning', 'A side-by-side sentence starts on the line after its `<span>`, unindented, which ended the list item; moved it back into the item', 'segment-html-block', found.tag.position?.start ?? { line: 1, column: 1 });
    }
  };
  const lines = String(file.value).split('\n');
  /**
   * The block read again with the line break after its tag removed. `prefix` (a list item's
   * marker, `1. `) goes first when the block opens a list item: the raw block can hold the
   * following items too (`2. <span …>`), which then parse as items again. In the joined text,
   * line 1 is the prefix and tag (legacy line 1) then legacy line 2 without its indentation;
   * joined line L > 1 is legacy line L + 1.
   */
  const again = (node: RootContent & { value: string }, prefix: string) => {
    const match = opening.exec(node.value)!;
    const head = prefix.length + match[1]!.length;
    const indent = /[ \t]*$/.exec(match[0])![0].length;
    const start = node.position!.start;
    const first = start.column - prefix.length;
    report(file, 'warning', 'A side-by-side sentence starts on the line after its `<span>`, which made it a raw HTML block (its Markdown unread); joined the lines and read it as Markdown', 'segment-html-block', start);
    return reparse(prefix + node.value.replace(opening, '$1'), parse, (point) =>
      point.line > 1
        ? { line: point.line + start.line, column: point.column }
        : point.column <= head
          ? { line: start.line, column: point.column + first - 1 }
          : { line: start.line + 1, column: point.column - head + indent },
    );
  };
  const isBlock = (node: RootContent | undefined): node is RootContent & { value: string } =>
    node?.type === 'html' && opening.test(node.value) && node.position !== undefined;
  const visit = (parent: Parents) => {
    rejoin(parent);
    if (parent.type === 'list') {
      parent.children = parent.children.flatMap((item) => {
        const block = item.children[0];
        if (!isBlock(block) || !item.position) return [item];
        const prefix = (lines[block.position!.start.line - 1] ?? '').slice(item.position.start.column - 1, block.position!.start.column - 1);
        const [list, ...rest] = again(block, prefix);
        if (list?.type !== 'list' || rest.length > 0) return [item];
        list.children.at(-1)!.children.push(...(item.children.slice(1) as never[]));
        return list.children;
      });
    }
    parent.children = parent.children.flatMap((child) => {
      if ('children' in child) visit(child as Parents);
      return isBlock(child) ? (again(child, '') as typeof parent.children) : [child];
    });
  };
  visit(tree);
}
