/**
 * DocFX alerts → `<Callout>`:
 *
 *   > [!NOTE]                         <Callout type="note">
 *   > Text                      →       Text
 *                                     </Callout>
 *
 * NOTE, IMPORTANT, TIP, WARNING, CAUTION, in any case, with or without a space after `>`.
 * Bold pseudo-notes (`**Note**`) are ordinary text and stay so. An unknown `[!X]` stays a quote,
 * reported.
 */
import type { Blockquote, Parents, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';

export const calloutTypes = ['note', 'important', 'tip', 'warning', 'caution'] as const;

/** `[!NOTE]`; also `[!div class="…"]` and other DocFX markers with attributes (reported). */
const marker = /^\s*\[!([A-Za-z]+)(?:\s[^\]\n]*)?\][ \t]*\n?/;

function convert(node: Blockquote, file: VFile | undefined): RootContent | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  const match = marker.exec(text.value);
  if (!match) return undefined;
  const type = match[1]!.toLowerCase();
  if (!(calloutTypes as readonly string[]).includes(type)) {
    if (file) {
      report(file, 'warning', `Unknown alert ${quote(match[0].trim())}: kept it as a quote (known: ${calloutTypes.map((t) => t.toUpperCase()).join(', ')})`, 'alert', node);
    }
    return undefined;
  }
  text.value = text.value.slice(match[0].length);
  if (text.value === '') first.children.shift();
  const children = first.children.length === 0 ? node.children.slice(1) : node.children;
  if (file) report(file, 'info', `Converted the alert ${quote(match[0].trim())} to \`<Callout type="${type}">\``, 'alert', node);
  const callout: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'Callout',
    attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: type }],
    children: children as MdxJsxFlowElement['children'],
  };
  if (node.position) callout.position = node.position;
  return callout as RootContent;
}

function visit(parent: Parents, file: VFile | undefined): void {
  parent.children = (parent.children as RootContent[]).map((child) => {
    if ('children' in child) visit(child as Parents, file);
    if (child.type === 'blockquote') return convert(child, file) ?? child;
    return child;
  }) as typeof parent.children;
}

export function convertAlerts(tree: Root, file: VFile | undefined): void {
  visit(tree, file);
}
